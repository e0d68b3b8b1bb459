import { createElement, lazy, type ComponentType } from 'react'

type Loader<P> = () => Promise<{ default: ComponentType<P> }>

/** Every lazily loaded view, so one Retry or navigation re-arms all that failed. */
const failedLoaders = new Set<() => void>()

/**
 * React.lazy remembers a rejected import for good, so a chunk that failed once (server down)
 * would never load again. This wraps it: after a failure, `retryFailedChunks()` swaps in a fresh
 * lazy component, whose first render starts a new import.
 */
export function lazyWithRetry<P extends object>(load: Loader<P>): ComponentType<P> {
  let current = lazy(guarded)
  function guarded() {
    return load().catch((e: unknown) => {
      failedLoaders.add(rearm)
      throw e
    })
  }
  function rearm() {
    current = lazy(guarded)
  }
  function Retryable(props: P) {
    return createElement(current, props)
  }
  return Retryable
}

/** Re-arms every view whose code failed to load; the next render imports it again. */
export function retryFailedChunks(): void {
  for (const rearm of failedLoaders) rearm()
  failedLoaders.clear()
}
