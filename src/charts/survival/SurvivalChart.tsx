import { memo, useCallback } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { yAxisTitle, xAxisTitle } from '../AxisTitle'
import { ChartFrame } from '../ChartFrame'
import { thinnedText } from '../figure-text'
import { asPrinted, ciText, num, pText } from '../../domain/format'
import { LINE_STYLE } from '../provenance-style'
import { useWidth } from '../useWidth'
import { AtRiskTable, PLOT_MARGIN, Y_AXIS_WIDTH } from './AtRiskTable'
import { rangeOptions, survivalCsv, type SurvivalView } from './model'
import { SurvivalTable } from './SurvivalTable'
import { useCappedHeight } from '../chart-height'
import { IllustrativeBand } from '../IllustrativeBand'
import { stackRows } from '../label-rows'
import { PlotPending } from '../PlotPending'
import { usePlotTurn } from '../usePlotTurn'
import { StaticCurve } from '../static-curve'
import { useDeferredView, useStableCallback } from '../deferred-view'

/** Props of SurvivalChart. */
export interface SurvivalChartProps {
  title: string
  /** Study id, e.g. "mo2022". */
  study: string
  /** Figure/panel, e.g. "Fig. 3B". */
  figure: string
  /** Base name for exported files. */
  fileName: string
  /** Endpoint name for the y axis, e.g. "PFS". */
  endpoint: string
  view: SurvivalView
  note?: string | undefined
  /** Called with a new time-axis maximum from the range control. */
  onRangeChange?: (tMax: number) => void
}

const pct = (s: number) => `${Math.round(s * 100)}%`
const AXIS_TEXT = { fill: 'var(--fg)' }

/** A short vertical tick where a subject was censored. */
function CensorTick({ cx, cy, fill }: { cx?: number; cy?: number; fill?: string }) {
  if (cx === undefined || cy === undefined) return null
  return <line x1={cx} x2={cx} y1={cy - 7} y2={cy + 7} stroke={fill} strokeWidth={2.5} className="censor-tick" />
}

/** SurvivalChart drawing the view it is given, at once. */
const SurvivalChartNow = memo(function SurvivalChartNow({ title, study, figure, fileName, endpoint, view, note, onRangeChange }: SurvivalChartProps) {
  const source = `${study} · ${figure}`
  const csv = useCallback(() => survivalCsv(view, study, figure, title), [view, study, figure, title])
  const [ref, width] = useWidth<HTMLDivElement>()
  const height = useCappedHeight(Math.max(280, Math.min(460, Math.round(width * 0.55))))
  // A thinned (big) series draws in a task of its own, after other big charts (usePlotTurn).
  const drawNow = usePlotTurn(!!view.thinned)
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
          The medians imply HR {num(view.impliedHr.value, 1)} under an exponential model <ProvenanceBadge provenance="derived" title={view.impliedHr.model} />
        </span>
      )}
      {view.logRank && (
        <span className="chart__stat">
          {' '}
          {view.logRank.label}: log-rank P = {view.logRank.p < 0.0001 ? '< 0.0001' : num(view.logRank.p, 4)} from the subject times{' '}
          <ProvenanceBadge provenance="derived" title={view.logRank.model} />
        </span>
      )}
      {view.hiddenIllustrative > 0 && <span className="chart__stat"> {view.hiddenIllustrative} illustrative curves hidden.</span>}
      {view.thinned && <span className="chart__stat"> {thinnedText(view.thinned)}</span>}
    </>
  )
  const controls = onRangeChange && (
    <label className="chart__control">
      Time axis to{' '}
      <select value={view.tMax} onChange={(e) => onRangeChange(Number(e.target.value))}>
        {rangeOptions(view.dataMax).map((m) => (
          <option key={m} value={m}>
            {m} {view.timeUnit}
          </option>
        ))}
      </select>
    </label>
  )
  // Median labels close together (on a phone) stack instead of printing over each other.
  const medians = view.arms.filter((a) => a.median && a.median.value <= view.tMax)
  const plotWidth = width - Y_AXIS_WIDTH - PLOT_MARGIN.left - PLOT_MARGIN.right
  const medianRows = stackRows(
    medians.map((a) => (a.median!.value / view.tMax) * plotWidth),
    110,
  )
  const medianRow = new Map(medians.map((a, i) => [a.id, medianRows[i] ?? 0]))
  return (
    <ChartFrame
      title={title}
      source={source}
      caption={caption}
      provenance={provenance}
      controls={controls}
      fileName={fileName}
      csv={csv}
      table={<SurvivalTable view={view} />}
    >
      <div ref={ref} className="chart__canvas">
        {drawNow ? (
          <>
            <ComposedChart
              width={width}
              height={height}
              margin={PLOT_MARGIN}
              aria-label={`${title}: ${view.arms.map((a) => `${a.label} median ${a.median ? num(a.median.value) : 'not given'} ${view.timeUnit}`).join('; ')}`}
            >
              <CartesianGrid stroke="var(--grid)" />
              <XAxis
                type="number"
                dataKey="t"
                domain={[0, view.tMax]}
                allowDataOverflow
                ticks={view.ticks}
                stroke="var(--axis)"
                tick={AXIS_TEXT}
                label={xAxisTitle(`Time (${view.timeUnit})`, width, 22)}
              />
              <YAxis
                type="number"
                width={Y_AXIS_WIDTH}
                domain={[0, 1]}
                tick={AXIS_TEXT}
                ticks={[0, 0.25, 0.5, 0.75, 1]}
                tickFormatter={pct}
                stroke="var(--axis)"
                label={yAxisTitle(`${endpoint}, % of patients`, `${endpoint} (%)`)}
              />
              <Tooltip
                formatter={(v) => pct(Number(v))}
                labelFormatter={(t) => `${num(Number(t), 1)} ${view.timeUnit}`}
                contentStyle={{ background: 'var(--bg-raised)', color: 'var(--fg)', border: '1px solid var(--border)' }}
              />
              {view.arms.map((arm) =>
                arm.band ? (
                  <Area
                    key={`${arm.id}-ci`}
                    data={arm.drawn.band}
                    dataKey="band"
                    type="stepAfter"
                    fill={arm.colour}
                    fillOpacity={0.14}
                    stroke="none"
                    isAnimationActive={false}
                    activeDot={false}
                    tooltipType="none"
                  />
                ) : null,
              )}
              {view.arms.map((arm) => (
                <Line
                  key={arm.id}
                  data={arm.drawn.curve}
                  dataKey="s"
                  name={`${arm.label} (${arm.curveProvenance})`}
                  type={arm.shape === 'smooth' ? 'monotone' : 'stepAfter'}
                  stroke={arm.colour}
                  dot={false}
                  isAnimationActive={false}
                  shape={StaticCurve}
                  {...LINE_STYLE[arm.curveProvenance]}
                  strokeWidth={arm.emphasised ? 4 : LINE_STYLE[arm.curveProvenance].strokeWidth}
                />
              ))}
              {view.arms.map((arm) =>
                arm.drawn.censored?.length ? (
                  <Scatter
                    key={`${arm.id}-cens`}
                    data={arm.drawn.censored}
                    dataKey="s"
                    fill={arm.colour}
                    shape={CensorTick}
                    isAnimationActive={false}
                    tooltipType="none"
                  />
                ) : null,
              )}
              {view.arms.flatMap((arm) =>
                arm.median && arm.median.value <= view.tMax
                  ? [
                      <ReferenceLine
                        key={`${arm.id}-h`}
                        segment={[
                          { x: 0, y: 0.5 },
                          { x: arm.median.value, y: 0.5 },
                        ]}
                        stroke="var(--axis)"
                        strokeDasharray="4 4"
                      />,
                      <ReferenceLine
                        key={`${arm.id}-v`}
                        segment={[
                          { x: arm.median.value, y: 0 },
                          { x: arm.median.value, y: 0.5 },
                        ]}
                        stroke={arm.colour}
                        strokeDasharray="4 4"
                      />,
                      <ReferenceDot
                        key={`${arm.id}-m`}
                        x={arm.median.value}
                        y={0.5}
                        r={8}
                        fill={arm.colour}
                        stroke="var(--bg)"
                        strokeWidth={2}
                        label={{
                          value: `${num(arm.median.value)} ${view.timeUnit}`,
                          position: 'top',
                          offset: 12 + 26 * (medianRow.get(arm.id) ?? 0),
                          fill: 'var(--fg)',
                          fontWeight: 700,
                        }}
                      />,
                    ]
                  : [],
              )}
              <IllustrativeBand />
            </ComposedChart>
            {view.atRisk && <AtRiskTable rows={view.atRisk} ticks={view.ticks} tMax={view.tMax} width={width} />}
          </>
        ) : (
          <PlotPending height={height} />
        )}
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

/** Survival curves with the reported medians as their own marks and the HR in the caption. */
export const SurvivalChart = memo(function SurvivalChart(props: SurvivalChartProps) {
  const onRangeChangeStable = useStableCallback(props.onRangeChange)
  return <SurvivalChartNow {...props} view={useDeferredView(props.view)} onRangeChange={onRangeChangeStable} />
})
