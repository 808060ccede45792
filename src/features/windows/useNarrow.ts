import { useMediaQuery } from '../../lib/ui/useMediaQuery.ts'

/** Below 640 px wide, windows become full-width cards in the page's flow. */
export const useNarrow = () => useMediaQuery('(max-width: 639px)')
