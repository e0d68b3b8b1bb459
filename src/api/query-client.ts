import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './errors'

/** Curated data never changes during a session; retry transient failures once, never bad data. */
export function createQueryClient(opts: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: opts.retry === false ? false : (count, error) => count < 1 && error instanceof ApiError && (error.kind === 'http' || error.kind === 'network'),
        retryDelay: 300,
      },
    },
  })
}
