/** The window shell: title bar and dock. */
export const windowsEn = {
  'window.minimize': 'Minimise',
  'window.move': 'Move window',
  'window.moveHint':
    'Arrow keys move the window; Shift + arrow keys resize it; Esc tucks it into the dock.',
  'window.maximize': 'Maximise',
  'window.restore': 'Restore size',
  'window.show': 'Show {title}',
  'dock.label': 'Windows',
  'dock.tile': 'Tile all',
  'dock.closeFinished': 'Close finished',
  'window.close': 'Close window',
}
