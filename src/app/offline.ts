// The service worker (production only): precaches the app shell, every route's code and every /api/**.json,
// so a talk survives the wifi failing. Dev never registers it: MSW's worker owns the dev origin.
import { useSyncExternalStore } from 'react'

/** What the offline banner shows: cached for offline use, and whether a newer build is waiting. */
interface OfflineState {
  ready: boolean
  /** Activates the waiting build and reloads; null while none waits. */
  update: (() => void) | null
}

let state: OfflineState = { ready: false, update: null }
const listeners = new Set<() => void>()
const set = (next: Partial<OfflineState>) => {
  state = { ...state, ...next }
  listeners.forEach((l) => l())
}

/** Registers /sw.js (built by vite-plugin-pwa) and tracks its state; a no-op where service workers are unavailable. */
export async function registerOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const { Workbox } = await import('workbox-window')
  const wb = new Workbox('/sw.js', { scope: '/' })
  // First install: everything is precached once the worker activates.
  wb.addEventListener('activated', (e) => {
    if (!e.isUpdate) set({ ready: true })
  })
  // A new build installed while this one runs: offer it, never swap code under a running talk.
  wb.addEventListener('waiting', () =>
    set({
      update: () => {
        wb.addEventListener('controlling', () => window.location.reload())
        wb.messageSkipWaiting()
      },
    }),
  )
  // Registration can be refused (a browser policy, a private window): the app then simply stays online-only.
  const reg = await wb.register().catch(() => undefined)
  // Already installed on an earlier visit: the cache is there.
  if (reg?.active && navigator.serviceWorker.controller) set({ ready: true })
}

/** The offline state, re-rendering on change. */
export const useOfflineState = () =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => state,
  )
