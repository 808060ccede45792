import { create } from 'zustand'

/** Whether the settings dialog is open: any part of the app may ask for it. */
export const useSettingsUi = create<{ open: boolean }>()(() => ({ open: false }))
export const openSettings = () => useSettingsUi.setState({ open: true })
export const closeSettings = () => useSettingsUi.setState({ open: false })
