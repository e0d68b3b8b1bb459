import { useViewStore } from '../state/store'

/** Most notices listed at once; each is already a summary, so more would only repeat. */
const SHOWN = 5

/** Says what the URL held that the app could not use, instead of failing silently. */
export function NoticeBar() {
  const notices = useViewStore((s) => s.notices)
  const dismiss = useViewStore((s) => s.dismissNotices)
  if (!notices.length) return null
  const unique = [...new Set(notices)]
  return (
    <div role="status" className="notice">
      <ul>
        {unique.slice(0, SHOWN).map((n) => (
          <li key={n}>{n}</li>
        ))}
        {unique.length > SHOWN && <li>and {unique.length - SHOWN} more notices</li>}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}
