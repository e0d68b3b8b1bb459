/** Plot margins of the survival chart, shared so the number-at-risk columns line up with the x ticks. */
export const PLOT_MARGIN = { top: 16, right: 24, bottom: 40, left: 16 }
/** Width of the survival chart's y axis. */
export const Y_AXIS_WIDTH = 88

/** Props of AtRiskTable. */
interface Props {
  rows: { id: string; label: string; colour: string; counts: number[] }[]
  ticks: number[]
  tMax: number
  /** Width of the chart above, in px. */
  width: number
}

/** Number at risk under a Kaplan–Meier plot, one row per arm, one column per x tick (drawn as SVG so it exports with the plot). */
export function AtRiskTable({ rows, ticks, tMax, width }: Props) {
  const x0 = PLOT_MARGIN.left + Y_AXIS_WIDTH
  const x1 = width - PLOT_MARGIN.right
  const x = (t: number) => x0 + (t / tMax) * (x1 - x0)
  const rowH = 22
  const height = 26 + rows.length * rowH
  return (
    <svg
      className="at-risk"
      data-export="at-risk"
      width={width}
      height={height}
      role="img"
      aria-label={`Number at risk: ${rows.map((r) => `${r.label} ${r.counts.join(', ')}`).join('; ')}`}
    >
      <text x={PLOT_MARGIN.left} y={16} fill="var(--fg)" fontWeight={700} fontSize={14}>
        Number at risk
      </text>
      {rows.map((r, i) => (
        <g key={r.id} transform={`translate(0, ${26 + i * rowH + 14})`}>
          <rect x={PLOT_MARGIN.left} y={-10} width={10} height={10} fill={r.colour} />
          {r.counts.map((c, j) => (
            <text key={j} x={x(ticks[j]!)} textAnchor="middle" fill={r.colour} fontWeight={700} fontSize={14}>
              {c}
            </text>
          ))}
        </g>
      ))}
    </svg>
  )
}
