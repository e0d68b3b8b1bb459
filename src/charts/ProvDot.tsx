import type { Provenance } from '../domain/schema/provenance'

/** Props recharts passes to a custom scatter shape, plus the point's own provenance. */
interface Props {
  cx?: number
  cy?: number
  fill?: string
  payload?: { provenance?: Provenance }
  r?: number
  /** Mark colour; wins over the fill recharts passes. */
  colour?: string
}

/** A data point whose look says how it was obtained: solid reported, hollow dashed derived, faint dotted illustrative. */
export function ProvDot({ cx, cy, fill: given, payload, r = 6, colour }: Props) {
  const fill = colour ?? given ?? 'currentColor'
  if (cx === undefined || cy === undefined) return null
  const prov = payload?.provenance ?? 'reported'
  if (prov === 'illustrative')
    return (
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill={fill}
        fillOpacity={0.18}
        stroke={fill}
        strokeOpacity={0.75}
        strokeWidth={2}
        strokeDasharray="2 2"
        className="prov-dot prov-dot--illustrative"
      />
    )
  if (prov === 'derived')
    return <circle cx={cx} cy={cy} r={r} fill="var(--bg)" stroke={fill} strokeWidth={2.5} strokeDasharray="4 2" className="prov-dot prov-dot--derived" />
  return <circle cx={cx} cy={cy} r={r} fill={fill} stroke="var(--bg)" strokeWidth={1.5} className="prov-dot prov-dot--reported" />
}

/** Props of BoundMark. */
interface BoundProps {
  cx?: number
  cy?: number
  fill: string
  relation: '=' | '>' | '<'
  provenance: Provenance
}

/** An IC50 mark: a diamond at the value, or an arrowhead at the tested-range bound pointing where the IC50 lies. */
export function BoundMark({ cx, cy, fill, relation, provenance }: BoundProps) {
  if (cx === undefined || cy === undefined) return null
  const faint = provenance === 'illustrative'
  const style = { fill: faint ? 'var(--bg)' : fill, stroke: fill, strokeWidth: 2.5, strokeDasharray: provenance === 'reported' ? undefined : '3 2' }
  const s = 9
  const d =
    relation === '='
      ? `M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z`
      : relation === '>'
        ? `M${cx - s},${cy - s}L${cx + s},${cy}L${cx - s},${cy + s}Z`
        : `M${cx + s},${cy - s}L${cx - s},${cy}L${cx + s},${cy + s}Z`
  return <path d={d} {...style} className={`ic50-mark ic50-mark--${relation === '=' ? 'value' : 'bound'}`} />
}
