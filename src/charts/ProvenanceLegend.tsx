import type { Provenance } from '../domain/schema/provenance'

const ITEMS: Record<Provenance, { text: string; help: string }> = {
  reported: { text: 'reported', help: 'Stated in the paper; solid marks, exact values.' },
  digitized: { text: 'digitized', help: 'Read off a published figure with a named tool.' },
  derived: { text: 'derived', help: 'Computed here from reported values by a named model; dashed.' },
  illustrative: { text: 'illustrative — not measured', help: 'The paper gives only a direction; values chosen to show it; faint and hatched.' },
}

/** Props of ProvenanceLegend. */
interface Props {
  /** Which looks appear in this chart. */
  present: readonly Provenance[]
}

/** Explains the looks used in a chart: solid reported, dashed derived, faint hatched illustrative. */
export function ProvenanceLegend({ present }: Props) {
  const kinds = (Object.keys(ITEMS) as Provenance[]).filter((k) => present.includes(k))
  return (
    <ul className="prov-legend" aria-label="How values were obtained">
      {kinds.map((k) => (
        <li key={k} className={`prov-legend__item prov-legend__item--${k}`}>
          <svg width="34" height="12" aria-hidden="true">
            <line x1="1" y1="6" x2="33" y2="6" className={`prov-swatch prov-swatch--${k}`} />
          </svg>
          <span className={`badge badge--${k}`}>{ITEMS[k].text}</span>
          <span className="prov-legend__help">{ITEMS[k].help}</span>
        </li>
      ))}
    </ul>
  )
}
