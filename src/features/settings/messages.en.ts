/** What the first screen says of settings: the quota badge, storage problems, the unlock button, job alerts. */
export const settingsEn = {
  'alerts.done': 'Done: {title}',
  'alerts.failed': 'Failed: {title}',
  'lock.unlock': 'Unlock',
  'storage.damaged':
    'The saved settings could not be read: they are damaged or were changed outside the app.',
  'storage.future': 'The saved settings come from a newer version of Sora Studio.',
  'storage.modeChanged':
    'The saved settings were replaced by ones not locked with your passphrase, so they were not opened.',
  'storage.hint':
    'Your tasks and windows are safe. Enter the relay address and key again to continue.',
  'storage.reenter': 'Enter credentials again',
  'storage.unloaded':
    'The saved settings could not be opened: part of the app did not download. Reload the page; nothing is lost.',
  'quota.unknown': 'Quota unknown',
  'quota.of': '{remaining} / {total}',
  'quota.refresh': 'Quota: {text}. Click to refresh.',
  'quota.label': 'Quota',
  'quota.refreshUnknown': 'Quota unknown. Click to try again.',
  'quota.unlimited': 'Unlimited',
  'demo.reset': 'Reset demo quota',
  'demo.resetDone': 'The demo quota is full again.',
  'demo.resetFailed': 'The demo relay did not answer: try again.',
  'quota.remaining': '{amount} left',
}
