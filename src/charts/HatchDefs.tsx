/** Props of HatchDefs. */
interface Props {
  /** Pattern id prefix (svg-safe); pattern i is `${prefix}-${i}`. */
  prefix: string
  colours: readonly string[]
}

/** Diagonal-hatch patterns, one per colour, for illustrative (not measured) area marks. */
export function HatchDefs({ prefix, colours }: Props) {
  return (
    <defs>
      {colours.map((c, i) => (
        <pattern key={i} id={`${prefix}-${i}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={c} fillOpacity="0.12" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={c} strokeWidth="3" strokeOpacity="0.7" />
        </pattern>
      ))}
    </defs>
  )
}
