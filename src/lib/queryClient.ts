import { QueryClient } from '@tanstack/react-query'

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      // Each query says how it retries: task reads back off and honour Retry-After.
      queries: { refetchOnWindowFocus: true, retry: 1 },
      // A create or remix costs money: never repeated without the user.
      mutations: { retry: false },
    },
  })

export const queryClient = createQueryClient()
