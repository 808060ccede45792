/** What the app says about videos kept in the browser. */
export const libraryEn = {
  'library.kept': 'Kept in this browser ({size}): it plays after the relay’s link has expired.',
  'library.link.until':
    'The relay’s link lasts until {time}: download the video before then to keep a copy.',
  'library.link.expiredHeld':
    'The relay’s link expired at {time}, but this window still holds the video: download it now to keep a copy.',
  'library.link.expired': 'The relay’s link expired at {time}.',
  'library.saving': 'Keeping a copy in this browser…',
  'library.notKept': 'Not kept in the browser: download it while the link lasts.',
  'library.notKept.full':
    'Not kept: the browser’s storage is full. Remove videos you have saved elsewhere from this browser, then try again.',
  'library.notKept.otherRelay':
    'Not kept yet: the relay set now is not this video’s. Set its relay again to keep it; meanwhile download it while the link lasts.',
  'library.remove': 'Remove from this browser',
  'library.tryAgain': 'Try keeping it again',
  'library.refused': 'The browser’s storage refused that just now: try again in a moment.',
  'library.notKept.tooLarge': 'Not kept: larger than the size you chose to keep.',
  'library.notKept.unsupported':
    'This browser cannot keep videos: download it while the link lasts.',
  'library.local.details': 'Imported from {name} · {duration} · {size}',
  'library.film.details': 'Film of the storyboard “{name}” · {duration} · {size}',
  'library.local.gone':
    'This video’s file is no longer in this browser (its site data was cleared), and it has no relay link to fetch it again.',
  'library.settings': 'Videos kept in this browser',
  'library.keep': 'Keep each finished video in this browser',
  'library.cap': 'Largest video kept',
  'library.capNone': 'No limit',
  'library.space': 'About {used} used, about {free} free (the browser’s estimate).',
  'library.persist': 'Ask the browser not to clear them',
  'library.persisted': 'The browser will not clear them unless you clear this site’s data.',
  'library.notPersisted':
    'The browser may clear kept videos when the disk runs low: download the ones you need.',
}
