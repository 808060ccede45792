import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'

/** What each relay (by relayId) was found not to offer, so the app stops offering it there. */
interface RelayFeatures {
  noRemix: Record<string, true>
  /** Whether OpenAI's video extensions route answered there, once asked (see hasExtensions). */
  extensions: Record<string, boolean>
  actions: {
    remixMissing: (relay: string) => void
    extensionsFound: (relay: string, offered: boolean) => void
  }
}

export const useRelayFeatures = create<RelayFeatures>()(
  persist(
    (set) => ({
      noRemix: {},
      extensions: {},
      actions: {
        remixMissing: (relay) => set((s) => ({ noRemix: { ...s.noRemix, [relay]: true } })),
        extensionsFound: (relay, offered) =>
          set((s) => ({ extensions: { ...s.extensions, [relay]: offered } })),
      },
    }),
    {
      name: 'sora-studio.relay-features',
      storage: guardedJSONStorage(),
      partialize: ({ noRemix, extensions }) => ({ noRemix, extensions }),
    },
  ),
)
registerRewrite(() => useRelayFeatures.setState({}))

export const useRemixMissing = (relay: string) => useRelayFeatures((s) => s.noRemix[relay] === true)
