import { useViewStore } from '../state/store'

/** Says what the URL held that the app could not use, instead of failing silently. */
export function NoticeBar() {
  const notices = useViewStore((s) => s.notices)
  const dismiss = useViewStore((s) => s.dismissNotices)
  if (!notices.length) return null
  return (
    <div role="status" className="notice">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}
