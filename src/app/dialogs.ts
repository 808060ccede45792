import { loadStringsPart } from '../lib/i18n/i18n.ts'
import { loadVaultOps } from '../lib/vault/vault.ts'
import { libraryStrings, settingsDialogStrings } from './messages/parts.ts'

/*
 * The settings and unlock dialogs come with the vault's cipher, which they need to save or to
 * unlock, so neither shows before it could act. Both load on intent (a pointer over, or focus
 * on, the button that opens them), so the click finds them here.
 */
const withVault = <M>(dialog: Promise<M>) =>
  Promise.all([
    dialog,
    loadVaultOps(),
    loadStringsPart(libraryStrings),
    loadStringsPart(settingsDialogStrings),
  ]).then(([module]) => module)

export const loadSettingsDialog = () => withVault(import('../features/settings/SettingsDialog.tsx'))
export const loadUnlockDialog = () => withVault(import('../features/settings/UnlockDialog.tsx'))

/** For onPointerEnter/onFocus: a failed early load is tried again by the click. */
export const preload = (load: () => Promise<unknown>) => () => void load().catch(() => {})
