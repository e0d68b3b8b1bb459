import { createElement, lazy, type ComponentType } from 'react'

type Loader<P> = () => Promise<{ default: ComponentType<P> }>

/** Every lazily loaded view or chart that failed, so one Retry or navigation re-arms them all. */
const failedLoaders = new Set<() => void>()

/** The chunk URL named by the browser's "Failed to fetch dynamically imported module: <url>" error. */
function failedChunkUrl(e: unknown): string | null {
  const url = e instanceof Error ? /(https?:\/\/\S+?\.m?[jt]sx?)(?:\?\S*)?$/.exec(e.message)?.[1] : undefined
  return url && new URL(url).origin === location.origin ? url : null
}

/**
 * React.lazy remembers a rejected import for good, and the browser's module map remembers a
 * failed chunk URL too, so a view or chart whose code failed to load (server down) would never load again.
 * This wraps it: after a failure, `retryFailedChunks()` swaps in a fresh lazy component that
 * imports the chunk again under a new query string (a new module-map entry, so a new request).
 * `pick` turns that module into the component (a view's chunk has it as default; the charts' chunk names each).
 */
export function lazyWithRetry<P extends object>(load: Loader<P>, pick: (module: never) => { default: ComponentType<P> } = (m) => m): ComponentType<P> {
  let current = lazy(() => attempt(load))
  function attempt(loader: () => Promise<{ default: ComponentType<P> }>) {
    return loader().catch((e: unknown) => {
      const url = failedChunkUrl(e)
      failedLoaders.add(() => {
        current = lazy(() => attempt(url ? () => import(/* @vite-ignore */ `${url}?retry=${Date.now()}`).then((m) => pick(m as never)) : load))
      })
      throw e
    })
  }
  function Retryable(props: P) {
    return createElement(current, props)
  }
  return Retryable
}

/** Re-arms every view and chart whose code failed to load; the next render imports it again. */
export function retryFailedChunks(): void {
  for (const rearm of failedLoaders) rearm()
  failedLoaders.clear()
}
