import { useState } from 'react'
import { useOfflineState } from './offline'

/** Remembers a dismissed "Available offline" across visits: it is news once, not on every load. */
const DISMISSED_KEY = 'resistance-explorer:offline-banner-dismissed'

const wasDismissed = () => {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1'
  } catch {
    return false
  }
}

const rememberDismissed = () => {
  try {
    localStorage.setItem(DISMISSED_KEY, '1')
  } catch {
    // Storage refused (private mode, quota): the banner just comes back next visit.
  }
}

/** "Available offline" once the service worker has cached the app, and an Update button when a new build waits. */
export function OfflineBanner() {
  const { ready, update } = useOfflineState()
  const [dismissed, setDismissed] = useState(wasDismissed)
  if (update)
    return (
      <div role="status" className="notice offline-banner">
        <span>A new version of Resistance Explorer is available.</span>
        <button type="button" onClick={update}>
          Update
        </button>
      </div>
    )
  if (!ready || dismissed) return null
  return (
    <div role="status" className="notice offline-banner">
      <span>Available offline: every view and study is saved in this browser.</span>
      <button
        type="button"
        onClick={() => {
          rememberDismissed()
          setDismissed(true)
        }}
      >
        Dismiss
      </button>
    </div>
  )
}
