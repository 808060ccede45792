/** How many jobs the app keeps in flight at one relay, unless the user chose otherwise. */
export const DEFAULT_SLOTS = 2
/** The most a user may choose (and where a relay's refusals start lowering it from). */
export const MAX_SLOTS = 8
