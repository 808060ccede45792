import { create } from 'zustand'
import { ANY_QUERY, type LibraryQuery } from './query.ts'

/**
 * The library's search and filters, kept while the workspace is shown (Reuse, Open and Back
 * return to the same results); a reload starts afresh.
 */
export const useLibraryQuery = create<{ query: LibraryQuery }>()(() => ({ query: ANY_QUERY }))

export const setLibraryQuery = (change: Partial<LibraryQuery> | LibraryQuery) =>
  useLibraryQuery.setState((s) => ({ query: { ...s.query, ...change } }))
