import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'

/** What each relay (by relayId) was found not to offer, so the app stops offering it there. */
interface RelayFeatures {
  noRemix: Record<string, true>
  actions: { remixMissing: (relay: string) => void }
}

export const useRelayFeatures = create<RelayFeatures>()(
  persist(
    (set) => ({
      noRemix: {},
      actions: {
        remixMissing: (relay) => set((s) => ({ noRemix: { ...s.noRemix, [relay]: true } })),
      },
    }),
    {
      name: 'sora-studio.relay-features',
      storage: guardedJSONStorage(),
      partialize: ({ noRemix }) => ({ noRemix }),
    },
  ),
)
registerRewrite(() => useRelayFeatures.setState({}))

export const useRemixMissing = (relay: string) => useRelayFeatures((s) => s.noRemix[relay] === true)
