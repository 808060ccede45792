/** One key factory, so invalidation and seeding never guess at keys. */
export const relayKeys = {
  all: ['relay'] as const,
  quota: (baseUrl: string) => ['relay', baseUrl, 'quota'] as const,
  task: (baseUrl: string, id: string) => ['relay', baseUrl, 'task', id] as const,
  media: (url: string) => ['media', url] as const,
}
