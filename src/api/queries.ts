/** One key factory, so invalidation and seeding never guess at keys. Relays are named by `relayId`. */
export const relayKeys = {
  all: ['relay'] as const,
  quota: (relay: string) => ['relay', relay, 'quota'] as const,
  catalog: (relay: string) => ['relay', relay, 'catalog'] as const,
  task: (relay: string, id: string) => ['relay', relay, 'task', id] as const,
  thumbnail: (relay: string, id: string) => ['relay', relay, 'thumbnail', id] as const,
}
