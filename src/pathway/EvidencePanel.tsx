import type { ComponentType, ReactNode } from 'react'
import type { NodeEvidence } from '../domain/pathway/evidence'
import type { NodeOverlay } from '../domain/pathway/overlay'

/** Props of EvidencePanel. */
export interface EvidencePanelProps {
  label: string
  overlay: NodeOverlay | undefined
  /** Per-study evidence, or undefined while the studies load. */
  evidence: readonly NodeEvidence[] | undefined
  /** Failure text when a study could not load. */
  error?: string | undefined
  /** Link to a study view (the caller keeps the current toggles in it); hash optional. */
  hrefFor: (studyId: string, hash?: string) => string
  /** The router's link component, passed in so this drawing layer stays free of the router. */
  Link: ComponentType<{ href: string; children: ReactNode }>
  onClose: () => void
}

/** The selected node: its state in words, then its claims, evidence rows and charts in each study. */
export function EvidencePanel({ label, overlay, evidence, error, hrefFor, Link, onClose }: EvidencePanelProps) {
  return (
    <aside className="pw-evidence" aria-labelledby="pw-evidence-h">
      <div className="pw-evidence__head">
        <h3 id="pw-evidence-h">Evidence: {label}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {overlay && (
        <p className="pw-evidence__state">
          <strong>{overlay.stateLabel}.</strong> {overlay.explanation}
        </p>
      )}
      {error && <p role="alert">Some studies could not load: {error}</p>}
      {!evidence ? (
        <p role="status">Loading evidence…</p>
      ) : evidence.length === 0 ? (
        <p>No study records evidence for this node.</p>
      ) : (
        evidence.map((ev) => {
          const empty = !ev.claims.length && !ev.rows.length && !ev.series.length
          return (
            <section key={`${ev.studyId}-${ev.nodeId}`} className="pw-evidence__study" aria-label={`${ev.studyId}: ${ev.nodeLabel}`}>
              <h4>
                <Link href={hrefFor(ev.studyId)}>{ev.studyId}</Link> <span className="pw-evidence__as">as “{ev.nodeLabel}”</span>
              </h4>
              <p className="pw-evidence__title">{ev.studyTitle}</p>
              {empty && <p>Drawn in this study’s pathway; no claim, number or chart names it.</p>}
              {ev.claims.length > 0 && (
                <>
                  <h5>Claims</h5>
                  <ul>
                    {ev.claims.map((c) => (
                      <li key={c.id}>
                        <Link href={hrefFor(ev.studyId, 'claims-h')}>{c.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {ev.rows.length > 0 && (
                <>
                  <h5>Evidence rows</h5>
                  <ul>
                    {ev.rows.map((r) => (
                      <li key={r.id}>
                        <Link href={hrefFor(ev.studyId, `ev-${r.id}`)}>{r.measure}</Link>: {r.value}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {ev.series.length > 0 && (
                <>
                  <h5>Charts</h5>
                  <ul>
                    {ev.series.map((s) => (
                      <li key={s.id}>
                        <Link href={hrefFor(ev.studyId, 'charts-h')}>{s.title}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )
        })
      )}
    </aside>
  )
}
