import type { ReactNode } from 'react'
import type { Provenance } from '../domain/schema/provenance'
import { ProvenanceBadge } from '../ui/ProvenanceBadge'
import { LINE_STYLE } from './provenance-style'

/** One entry of a chart's key. */
export interface KeyItem {
  id: string
  label: string
  colour: string
  /** Look of the line or mark (solid, dashed, dotted). */
  provenance: Provenance
  emphasised?: boolean
  /** How the line was made, shown on hover/focus. */
  model: string
  /** What the badge describes: "curve" (default), "points". */
  markWord?: string
  /** Reported anchors and statistics next to the label. */
  detail?: ReactNode
}

/** The key under a chart: swatch, label, anchors and a focusable provenance badge naming the model. */
export function SeriesKey({ items, label = 'Series' }: { items: readonly KeyItem[]; label?: string }) {
  return (
    <ul className="series-key" aria-label={label}>
      {items.map((it) => (
        <li key={it.id} className={it.emphasised ? 'series-key__item is-emphasised' : 'series-key__item'}>
          <svg width="34" height="12" aria-hidden="true">
            <line
              x1="1"
              y1="6"
              x2="33"
              y2="6"
              stroke={it.colour}
              strokeWidth={3}
              strokeDasharray={LINE_STYLE[it.provenance].strokeDasharray}
              strokeOpacity={LINE_STYLE[it.provenance].strokeOpacity}
            />
          </svg>
          <span>{it.label}</span>
          {it.detail && <span className="series-key__anchor">{it.detail}</span>}
          <span className="series-key__curve" tabIndex={0} title={it.model} aria-label={`${it.label}: ${it.model}`}>
            {it.markWord ?? 'curve'} <ProvenanceBadge provenance={it.provenance} title={it.model} />
          </span>
        </li>
      ))}
    </ul>
  )
}
