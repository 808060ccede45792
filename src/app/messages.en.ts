/** The header, the storage warnings and the fallbacks the app itself shows. */
export const appEn = {
  'app.title': 'Sora Studio',
  'app.demoBadge': 'Demo relay — play quota, no real charge',
  'app.crashed': 'Something went wrong in this part of the app.',
  'app.reload': 'Reload',
  'app.pollingFailed':
    'Task updates could not be loaded, so tasks are not being followed. Reload the page to resume; nothing is lost.',
  'app.windowsFailed':
    'The task windows could not be loaded. Your tasks keep running: reload the page to see them.',
  'lang.label': 'Language',
  'settings.open': 'Settings',
  'lock.locked': 'Locked',
  'storage.full': 'Browser storage is full: new tasks and changes are not kept across a reload.',
  'storage.fullHint':
    'Everything keeps working in this page, and nothing already kept is lost. Tasks the relay accepted keep running: keep this page open until they finish, free space (for example other sites’ data in the browser settings), then try saving again.',
  'storage.saveAgain': 'Try saving again',
  'view.label': 'Views',
  'view.workspace': 'Workspace',
  'view.library': 'Library',
  'view.storyboard': 'Storyboard',
  'app.libraryFailed': 'The library could not be loaded.',
}
