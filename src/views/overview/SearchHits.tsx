import { memo, useState } from 'react'
import type { HitKind, SearchHit } from '../../domain/search'

/** Props of SearchHits. */
interface Props {
  hits: readonly SearchHit[]
  /** Asks the question-first answer about an agent or node hit. */
  onPick: (pick: { drug?: string; target?: string }) => void
}

const KIND_LABEL: Record<HitKind, string> = {
  agent: 'agent',
  node: 'node',
  model: 'model',
  condition: 'condition',
  study: 'study',
  step: 'step',
  claim: 'claim',
  caveat: 'caveat',
}
const FIRST = 8

/** Ranked search results with the reason each matched; agents and nodes can be asked about directly. */
export const SearchHits = memo(function SearchHits({ hits, onPick }: Props) {
  const [all, setAll] = useState(false)
  if (!hits.length) return null
  const shown = all ? hits : hits.slice(0, FIRST)
  return (
    <div className="ov-hits">
      <h3 className="ov-label" id="ov-hits-h">
        Best matches ({hits.length})
      </h3>
      <ol className="ov-hits__list" aria-labelledby="ov-hits-h">
        {shown.map((h) => (
          <li key={`${h.kind}/${h.id}`}>
            <span className="ov-kind">{KIND_LABEL[h.kind]}</span> <strong>{h.label}</strong>
            {h.study && h.kind !== 'study' ? <span className="pm-study"> {h.study}</span> : null} <span className="ov-why">— {h.why}</span>{' '}
            {(h.kind === 'agent' || h.kind === 'node') && (
              <button
                type="button"
                className="ov-chip"
                onClick={() => onPick(h.kind === 'agent' ? { drug: h.id } : { target: h.id })}
                aria-label={`Ask about ${h.label}`}
              >
                Ask about it
              </button>
            )}
          </li>
        ))}
      </ol>
      {hits.length > shown.length && (
        <button type="button" className="ov-chip" onClick={() => setAll(true)}>
          Show all {hits.length} matches
        </button>
      )}
    </div>
  )
})
