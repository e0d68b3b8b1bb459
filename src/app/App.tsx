// First import: zod must be set jitless before any schema module is evaluated.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Router } from 'wouter'
import { createQueryClient } from '../api/query-client'
import { startUrlSync } from '../state/url-sync'
import { Layout } from './Layout'
import { AppRoutes } from './AppRoutes'
import { useGlobalShortcuts } from './useGlobalShortcuts'
import { useThemeAttribute } from './useThemeAttribute'

/** Props of App; tests pass their own client (no retries). */
interface Props {
  client?: QueryClient
}

/** Providers, URL sync, theme and shortcuts around the routed views. */
export function App({ client }: Props) {
  const [queryClient] = useState(() => client ?? createQueryClient())
  useEffect(() => startUrlSync(), [])
  useThemeAttribute()
  useGlobalShortcuts()
  return (
    <QueryClientProvider client={queryClient}>
      <Router>
        <Layout>
          <AppRoutes />
        </Layout>
      </Router>
    </QueryClientProvider>
  )
}
