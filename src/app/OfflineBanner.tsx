import { useState } from 'react'
import { useOfflineState } from './offline'

/** "Available offline" once the service worker has cached the app, and an Update button when a new build waits. */
export function OfflineBanner() {
  const { ready, update } = useOfflineState()
  const [dismissed, setDismissed] = useState(false)
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
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  )
}
