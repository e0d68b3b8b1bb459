import { memo, useCallback, useState } from 'react'
import { CartesianGrid, ErrorBar, Line, LineChart, ReferenceArea, ReferenceDot, XAxis, YAxis, usePlotArea, type LabelProps } from 'recharts'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { yAxisTitle, xAxisTitle } from '../AxisTitle'
import { ChartFrame } from '../ChartFrame'
import { thinnedText } from '../figure-text'
import { ProvDot } from '../ProvDot'
import { LINE_STYLE } from '../provenance-style'
import { niceTicks } from '../scale'
import { SeriesKey } from '../SeriesKey'
import { useWidth } from '../useWidth'
import { GrowthTable } from './GrowthTable'
import { growthCsv, type GrowthOptions, type GrowthView } from './model'
import { useCappedHeight } from '../chart-height'
import { IllustrativeBand } from '../IllustrativeBand'
import { PlotPending } from '../PlotPending'
import { usePlotTurn } from '../usePlotTurn'
import { StaticCurve } from '../static-curve'
import { useDeferredView, useStableCallback } from '../deferred-view'

/** Props of GrowthChart. */
export interface GrowthChartProps {
  title: string
  study: string
  figure: string
  fileName: string
  view: GrowthView
  note?: string | undefined
  /** Called when the reader switches linear/log or absolute/relative. */
  onOptionsChange: (opts: GrowthOptions) => void
}

const AXIS_TEXT = { fill: 'var(--fg)' }
const fmt = (v: number) => String(Number(v.toPrecision(3)))
/** Gap between an anchor ring and its label, in px. */
const ANCHOR_GAP = 14

/**
 * A reported-reduction label beside its ring: left of it where the words fit inside the plot, otherwise
 * right of it, otherwise above it, so it never runs into the volume axis ticks on a narrow screen.
 */
function AnchorLabel({ viewBox, value }: LabelProps) {
  const area = usePlotArea()
  const [textW, setTextW] = useState(0)
  // Measured once drawn (the size comes from the stylesheet); the side is then chosen from it.
  const ref = useCallback(
    (el: SVGTextElement | null) => {
      const w = el?.getBBox?.().width ?? 0
      if (w > 0) setTextW((old) => (Math.abs(old - w) > 0.5 ? w : old))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plot width is the re-measure trigger, not an input
    [area?.width],
  )
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox && 'width' in viewBox ? viewBox : {}
  const cx = x + width / 2
  const cy = y + height / 2
  const left = area?.x ?? Number.NEGATIVE_INFINITY
  const right = area ? area.x + area.width : Number.POSITIVE_INFINITY
  const side = cx - width / 2 - ANCHOR_GAP - textW >= left ? 'left' : cx + width / 2 + ANCHOR_GAP + textW <= right ? 'right' : 'above'
  const pos =
    side === 'left'
      ? { x: cx - width / 2 - ANCHOR_GAP, y: cy, textAnchor: 'end' as const }
      : side === 'right'
        ? { x: cx + width / 2 + ANCHOR_GAP, y: cy, textAnchor: 'start' as const }
        : { x: Math.min(Math.max(cx, left + textW / 2), right - textW / 2), y: cy - height / 2 - ANCHOR_GAP, textAnchor: 'middle' as const }
  return (
    <text ref={ref} {...pos} dy="0.355em" fill="var(--fg)" fontWeight={700} className="recharts-text recharts-label">
      {String(value ?? '')}
    </text>
  )
}

/** GrowthChart drawing the view it is given, at once. */
const GrowthChartNow = memo(function GrowthChartNow({ title, study, figure, fileName, view, note, onOptionsChange }: GrowthChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const height = useCappedHeight(Math.max(300, Math.min(460, Math.round(width * 0.58))))
  // A thinned (big) series draws in a task of its own, after other big charts (usePlotTurn).
  const drawNow = usePlotTurn(!!view.thinned)
  const csv = useCallback(() => growthCsv(view, study, figure, title), [view, study, figure, title])
  const provenance = [
    ...new Set([...view.arms.flatMap((a) => [a.provenance, ...(a.tgi ? [a.tgi.provenance] : [])]), ...view.orphanTgi.map((t) => t.provenance)]),
  ]
  const yMax = Math.max(...view.arms.flatMap((a) => a.points.map((p) => p.v + (p.err ?? 0))), 1)
  const yMin = Math.min(...view.arms.flatMap((a) => a.points.map((p) => p.v - (p.err ?? 0))).filter((v) => v > 0), yMax)
  const xTicks = niceTicks(view.xMax, 7)
  const tgis = [...view.arms.flatMap((a) => (a.tgi ? [{ ...a.tgi, arm: a.label }] : [])), ...view.orphanTgi]
  const controls = (
    <>
      <span className="chart__segmented" role="group" aria-label="Volume axis">
        <button type="button" aria-pressed={!view.logScale} onClick={() => onOptionsChange({ relative: view.relative, logScale: false })}>
          Linear
        </button>
        <button type="button" aria-pressed={view.logScale} onClick={() => onOptionsChange({ relative: view.relative, logScale: true })}>
          Log
        </button>
      </span>
      {view.canRelative && (
        <span className="chart__segmented" role="group" aria-label="Values">
          <button type="button" aria-pressed={!view.relative} onClick={() => onOptionsChange({ relative: false, logScale: view.logScale })}>
            Volume
          </button>
          <button type="button" aria-pressed={view.relative} onClick={() => onOptionsChange({ relative: true, logScale: view.logScale })}>
            Relative to day 0
          </button>
        </span>
      )}
    </>
  )
  const caption = (
    <>
      {note && <span className="chart__note">{note} </span>}
      {tgis.map((t) => (
        <span key={t.arm} className="chart__stat">
          {t.arm}: {t.text} <ProvenanceBadge provenance={t.provenance} title={t.locator} />{' '}
        </span>
      ))}
      {view.dosing && (
        <span className="chart__stat">
          Shaded: dosing, days {view.dosing.start}–{view.dosing.end}.{' '}
        </span>
      )}
      {view.hiddenIllustrative > 0 && <span className="chart__stat">{view.hiddenIllustrative} illustrative points hidden. </span>}
      {view.thinned && <span className="chart__stat">{thinnedText(view.thinned)} </span>}
    </>
  )
  return (
    <ChartFrame
      title={title}
      source={`${study} · ${figure}`}
      caption={caption}
      provenance={provenance}
      controls={controls}
      fileName={fileName}
      csv={csv}
      table={<GrowthTable view={view} />}
    >
      <div ref={ref} className="chart__canvas">
        {drawNow ? (
          <LineChart
            width={width}
            height={height}
            margin={{ top: 24, right: 24, bottom: 40, left: 16 }}
            aria-label={`${title}: ${view.arms.map((a) => `${a.label}${a.tgi ? `, ${a.tgi.text}` : ''}`).join('; ')}`}
          >
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="t"
              domain={[0, xTicks.at(-1)!]}
              ticks={xTicks}
              tickMargin={6}
              allowDataOverflow
              stroke="var(--axis)"
              tick={AXIS_TEXT}
              label={xAxisTitle('Day', width)}
            />
            <YAxis
              type="number"
              dataKey="v"
              width={72}
              scale={view.logScale ? 'log' : 'linear'}
              domain={view.logScale ? [Math.max(yMin / 1.5, 1e-3), yMax * 1.3] : [0, 'auto']}
              allowDataOverflow={view.logScale}
              tickFormatter={fmt}
              stroke="var(--axis)"
              tick={AXIS_TEXT}
              label={yAxisTitle(view.yLabel)}
            />
            {view.dosing && (
              <ReferenceArea
                x1={view.dosing.start}
                x2={view.dosing.end}
                fill="var(--fg)"
                fillOpacity={0.06}
                stroke="none"
                ifOverflow="visible"
                label={{ value: 'dosing', position: 'insideTopLeft', fill: 'var(--fg-muted)' }}
              />
            )}
            {view.arms.map((a) => (
              <Line
                key={a.id}
                data={a.drawn}
                dataKey="v"
                type="linear"
                stroke={a.colour}
                fill={a.colour}
                isAnimationActive={false}
                shape={StaticCurve}
                dot={<ProvDot r={5} colour={a.colour} />}
                activeDot={false}
                {...LINE_STYLE[a.provenance]}
                strokeWidth={a.emphasised ? 4.5 : LINE_STYLE[a.provenance].strokeWidth}
              >
                {a.drawn.some((p) => p.err !== undefined) && <ErrorBar dataKey="err" direction="y" width={6} stroke={a.colour} strokeWidth={2} />}
              </Line>
            ))}
            {view.arms.flatMap((a) =>
              a.tgi && a.tgi.v !== null
                ? [
                    <ReferenceDot
                      key={`tgi-${a.id}`}
                      x={a.tgi.day}
                      y={a.tgi.v}
                      r={9}
                      fill="none"
                      stroke={a.colour}
                      strokeWidth={3}
                      ifOverflow="visible"
                      label={{ value: a.tgi.label, content: AnchorLabel }}
                    />,
                  ]
                : [],
            )}
            <IllustrativeBand />
          </LineChart>
        ) : (
          <PlotPending height={height} />
        )}
      </div>
      <SeriesKey
        label="Arms"
        items={view.arms.map((a) => ({
          id: a.id,
          label: a.label,
          colour: a.colour,
          provenance: a.provenance,
          emphasised: a.emphasised,
          model: a.model,
          detail: a.tgi && (
            <>
              {a.tgi.text} <ProvenanceBadge provenance={a.tgi.provenance} title={a.tgi.locator} />
            </>
          ),
        }))}
      />
    </ChartFrame>
  )
})

/** Tumour volume (or relative size) over days per arm, with dosing window, spread and reported TGI anchors. */
export const GrowthChart = memo(function GrowthChart(props: GrowthChartProps) {
  const onOptionsChangeStable = useStableCallback(props.onOptionsChange)
  return <GrowthChartNow {...props} view={useDeferredView(props.view)} onOptionsChange={onOptionsChangeStable} />
})
