/** Props of FailedPanel. */
interface Props {
  /** What the panel was loading, e.g. "Survival data". */
  label: string
  /** Headline of the failure kind. */
  title: string
  /** The specific message (URL, status, path of the invalid field). */
  detail: string
  /** Per-field problems of schema-invalid data. */
  problems?: readonly string[]
  onRetry: () => void
}

/** A panel whose request failed: what failed, why, and a Retry button. */
export function FailedPanel({ label, title, detail, problems = [], onRetry }: Props) {
  return (
    <div role="alert" className="panel-error">
      <p className="panel-error__title">
        {label}: {title.toLowerCase()}
      </p>
      <p className="panel-error__detail">{detail}</p>
      {problems.length > 1 && (
        <details>
          <summary>All {problems.length} problems</summary>
          <ul>
            {problems.slice(0, 50).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
