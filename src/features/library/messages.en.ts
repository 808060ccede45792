/** What the app says about videos kept in the browser. */
export const libraryEn = {
  'library.kept': 'Kept in this browser ({size}): it plays after the relay’s link has expired.',
  'library.saving': 'Keeping a copy in this browser…',
  'library.notKept': 'Not kept in the browser: download it while the link lasts.',
  'library.notKept.full':
    'Not kept: the browser’s storage is full. Download it while the link lasts.',
  'library.notKept.tooLarge': 'Not kept: larger than the size you chose to keep.',
  'library.notKept.unsupported':
    'This browser cannot keep videos: download it while the link lasts.',
}
