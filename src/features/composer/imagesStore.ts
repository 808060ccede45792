import { create } from 'zustand'
import type { ContinueFrom } from '../tasks/continueIntent.ts'

/** One reference image in the composer. Memory only: payloads never reach localStorage. */
export interface ImageItem {
  id: string
  /** A file (re-prepared when the box changes) or a link the relay fetches itself. */
  source: { kind: 'file'; file: Blob; name: string } | { kind: 'url'; url: string }
  status: 'preparing' | 'ready' | 'error'
  /** What goes on the wire: a data: URL, or the https link. */
  payload?: string
  thumbnail?: string
  width?: number
  height?: number
  /** The box (see `boxKey`) the payload was fitted to. */
  box?: string
  error?: 'unsupported' | 'too_large' | 'too_many_pixels' | 'unreadable'
  /** Another task's last frame ("Continue"): the new task is that one's continuation. */
  from?: ContinueFrom
}

interface ImagesState {
  items: ImageItem[]
  actions: {
    added: (items: ImageItem[]) => void
    updated: (id: string, change: Partial<ImageItem>) => void
    removed: (id: string) => void
    moved: (id: string, by: -1 | 1) => void
    cleared: () => void
  }
}

export const useImagesStore = create<ImagesState>()((set) => ({
  items: [],
  actions: {
    added: (items) => set((s) => ({ items: [...s.items, ...items] })),
    updated: (id, change) =>
      set((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, ...change } : i)) })),
    removed: (id) => set((s) => ({ items: s.items.filter((i) => i.id !== id) })),
    moved: (id, by) =>
      set((s) => {
        const from = s.items.findIndex((i) => i.id === id)
        const to = from + by
        if (from < 0 || to < 0 || to >= s.items.length) return s
        const items = [...s.items]
        ;[items[from], items[to]] = [items[to]!, items[from]!]
        return { items }
      }),
    cleared: () => set({ items: [] }),
  },
}))

export const useImageItems = () => useImagesStore((s) => s.items)
export const imagesActions = () => useImagesStore.getState().actions
