import { loadStringsPart } from '../lib/i18n/i18n.ts'
import { galleryStrings, libraryStrings } from './messages/parts.ts'

type LibraryModule = typeof import('../features/gallery/LibraryView.tsx')
let loading: Promise<LibraryModule> | null = null
let loaded: LibraryModule | null = null

/**
 * For `lazy`: the view, handed over at once (a thenable that calls back synchronously) when
 * it was fetched already. A promise, even a settled one, makes the view suspend once, and
 * React holds a Suspense boundary's content back for up to 300 ms after its fallback showed.
 */
export function libraryViewNowOrLater(): Promise<LibraryModule> {
  if (!loaded) return loadLibraryView()
  const here = loaded
  // React's types ask for a Promise; at run time it takes any thenable (and reads this one
  // as settled, since it answers within `then`).
  return {
    then: (done: (m: LibraryModule) => void) => done(here),
  } as unknown as Promise<LibraryModule>
}

/**
 * The library view and its strings (a chunk per language): fetched once the browser is idle
 * after the first screen, or on intent (a pointer over, or focus on, its link), so a click
 * finds them here. A failed fetch is tried again by the next call.
 */
export const loadLibraryView = () =>
  (loading ??= Promise.all([
    import('../features/gallery/LibraryView.tsx'),
    loadStringsPart(galleryStrings),
    loadStringsPart(libraryStrings),
  ])
    .then(([m]) => (loaded = m))
    .catch((e: unknown) => {
      loading = null
      throw e
    }))
