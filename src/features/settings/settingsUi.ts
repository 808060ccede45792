import { create } from 'zustand'

/** Which settings dialog is open: any part of the app may ask for one. */
export const useSettingsUi = create<{ open: boolean; unlockOpen: boolean }>()(() => ({
  open: false,
  unlockOpen: false,
}))
export const openSettings = () => useSettingsUi.setState({ open: true })
export const closeSettings = () => useSettingsUi.setState({ open: false })
export const openUnlock = () => useSettingsUi.setState({ unlockOpen: true })
export const closeUnlock = () => useSettingsUi.setState({ unlockOpen: false })
