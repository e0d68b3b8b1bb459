import { memo } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { ChartFrame } from '../ChartFrame'
import { asPrinted, ciText, num, pText } from '../../domain/format'
import { LINE_STYLE } from '../provenance-style'
import { useWidth } from '../useWidth'
import type { SurvivalView } from './model'
import { SurvivalTable } from './SurvivalTable'

/** Props of SurvivalChart. */
export interface SurvivalChartProps {
  title: string
  /** Study and figure, e.g. "mo2022 · Fig. 3B". */
  source: string
  /** Endpoint name for the y axis, e.g. "PFS". */
  endpoint: string
  view: SurvivalView
  note?: string
  /** Called with a new time-axis maximum from the range control. */
  onRangeChange?: (tMax: number) => void
}

const pct = (s: number) => `${Math.round(s * 100)}%`

/** Survival curves with the reported medians as their own marks and the HR in the caption. */
export const SurvivalChart = memo(function SurvivalChart({ title, source, endpoint, view, note, onRangeChange }: SurvivalChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const height = Math.max(280, Math.min(460, Math.round(width * 0.55)))
  const provenance = [...new Set([...view.arms.map((a) => a.curveProvenance), ...view.arms.flatMap((a) => (a.median ? [a.median.provenance] : []))])]
  const hr = view.hazardRatio
  const caption = (
    <>
      {note && <span className="chart__note">{note} </span>}
      {hr && (
        <span className="chart__stat">
          {view.comparisonLabel ? `${view.comparisonLabel}: ` : ''}HR {asPrinted(hr)}
          {ciText(hr) ? ` (${ciText(hr)})` : ''}
          {pText(hr) ? `, ${pText(hr)}` : ''} <ProvenanceBadge provenance={hr.provenance} title={hr.source.locator} />
        </span>
      )}
      {view.impliedHr && (
        <span className="chart__stat">
          {' '}
          The medians imply HR {num(view.impliedHr.value, 1)} under an exponential model{' '}
          <ProvenanceBadge provenance="derived" title={view.impliedHr.model} />
        </span>
      )}
    </>
  )
  const controls = onRangeChange && (
    <label className="chart__control">
      Time axis to{' '}
      <select value={view.tMax} onChange={(e) => onRangeChange(Number(e.target.value))}>
        {[12, 24, 36, 48, 60].map((m) => (
          <option key={m} value={m}>
            {m} {view.timeUnit}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <ChartFrame title={title} source={source} caption={caption} provenance={provenance} controls={controls} table={<SurvivalTable view={view} />}>
      <div ref={ref} className="chart__canvas">
        <LineChart width={width} height={height} margin={{ top: 16, right: 24, bottom: 36, left: 16 }} aria-label={`${title}: ${view.arms.map((a) => `${a.label} median ${a.median ? num(a.median.value) : 'not given'} ${view.timeUnit}`).join('; ')}`}>
          <CartesianGrid stroke="var(--grid)" />
          <XAxis type="number" dataKey="t" domain={[0, view.tMax]} allowDataOverflow tickCount={7} stroke="var(--axis)" label={{ value: `Time (${view.timeUnit})`, position: 'insideBottom', offset: -22, fill: 'var(--fg)' }} />
          <YAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={pct} stroke="var(--axis)" label={{ value: `${endpoint} (proportion)`, angle: -90, position: 'insideLeft', offset: 4, fill: 'var(--fg)', style: { textAnchor: 'middle' } }} />
          <Tooltip formatter={(v) => pct(Number(v))} labelFormatter={(t) => `${num(Number(t), 1)} ${view.timeUnit}`} contentStyle={{ background: 'var(--bg-raised)', color: 'var(--fg)', border: '1px solid var(--border)' }} />
          {view.arms.map((arm) => (
            <Line
              key={arm.id}
              data={arm.curve}
              dataKey="s"
              name={`${arm.label} (${arm.curveProvenance})`}
              type={arm.curveProvenance === 'derived' ? 'monotone' : 'stepAfter'}
              stroke={arm.colour}
              dot={false}
              isAnimationActive={false}
              {...LINE_STYLE[arm.curveProvenance]}
              strokeWidth={arm.emphasised ? 4 : LINE_STYLE[arm.curveProvenance].strokeWidth}
            />
          ))}
          {view.arms.flatMap((arm) =>
            arm.median && arm.median.value <= view.tMax
              ? [
                  <ReferenceLine key={`${arm.id}-h`} segment={[{ x: 0, y: 0.5 }, { x: arm.median.value, y: 0.5 }]} stroke="var(--axis)" strokeDasharray="4 4" />,
                  <ReferenceLine key={`${arm.id}-v`} segment={[{ x: arm.median.value, y: 0 }, { x: arm.median.value, y: 0.5 }]} stroke={arm.colour} strokeDasharray="4 4" />,
                  <ReferenceDot
                    key={`${arm.id}-m`}
                    x={arm.median.value}
                    y={0.5}
                    r={8}
                    fill={arm.colour}
                    stroke="var(--bg)"
                    strokeWidth={2}
                    label={{ value: `${num(arm.median.value)} ${view.timeUnit}`, position: 'top', offset: 12, fill: 'var(--fg)', fontWeight: 700 }}
                  />,
                ]
              : [],
          )}
        </LineChart>
      </div>
      <ul className="series-key" aria-label="Arms">
        {view.arms.map((arm) => (
          <li key={arm.id} className={arm.emphasised ? 'series-key__item is-emphasised' : 'series-key__item'}>
            <svg width="34" height="12" aria-hidden="true">
              <line x1="1" y1="6" x2="33" y2="6" stroke={arm.colour} strokeWidth={3} strokeDasharray={LINE_STYLE[arm.curveProvenance].strokeDasharray} />
            </svg>
            <span>
              {arm.label}
              {arm.n ? ` (n = ${arm.n.value}${arm.n.provenance === 'derived' ? ', derived' : ''})` : ''}
            </span>
            {arm.median && (
              <span className="series-key__anchor">
                median {num(arm.median.value)} {view.timeUnit} <ProvenanceBadge provenance={arm.median.provenance} title={arm.median.locator} />
              </span>
            )}
            <span className="series-key__curve" tabIndex={0} title={arm.curveModel} aria-label={`Curve: ${arm.curveModel}`}>
              curve <ProvenanceBadge provenance={arm.curveProvenance} title={arm.curveModel} />
            </span>
          </li>
        ))}
      </ul>
    </ChartFrame>
  )
})
