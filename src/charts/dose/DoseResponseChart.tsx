import { memo, useCallback } from 'react'
import { CartesianGrid, ComposedChart, ErrorBar, Line, ReferenceDot, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { yAxisTitle, xAxisTitle } from '../AxisTitle'
import { ChartFrame } from '../ChartFrame'
import { thinnedText } from '../figure-text'
import { BoundMark, ProvDot } from '../ProvDot'
import { LINE_STYLE } from '../provenance-style'
import { formatDose, logTicks } from '../scale'
import { SeriesKey } from '../SeriesKey'
import { useWidth } from '../useWidth'
import { doseCsv, type DoseView, type Ic50Mark } from './model'
import { DoseResponseTable } from './DoseResponseTable'
import { useCappedHeight } from '../chart-height'
import { IllustrativeBand } from '../IllustrativeBand'
import { labelRows } from '../label-rows'
import { approx } from '../provenance-style'
import { PlotPending } from '../PlotPending'
import { usePlotTurn } from '../usePlotTurn'
import { StaticCurve } from '../static-curve'
import { useDeferredView } from '../deferred-view'

/** Props of DoseResponseChart. */
export interface DoseResponseChartProps {
  title: string
  /** Study id, e.g. "mo2022". */
  study: string
  /** Figure/panel, e.g. "Fig. 4C–D". */
  figure: string
  /** Base name for exported files. */
  fileName: string
  view: DoseView
  note?: string | undefined
}

const AXIS_TEXT = { fill: 'var(--fg)' }
/** Height of one stacking row of IC50 labels, in px. */
const LABEL_ROW_PX = 26

/** DoseResponseChart drawing the view it is given, at once. */
const DoseResponseChartNow = memo(function DoseResponseChartNow({ title, study, figure, fileName, view, note }: DoseResponseChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const height = useCappedHeight(Math.max(300, Math.min(480, Math.round(width * 0.6))))
  // A thinned (big) series draws in a task of its own, after other big charts (usePlotTurn).
  const drawNow = usePlotTurn(!!view.thinned)
  const csv = useCallback(() => doseCsv(view, study, figure, title), [view, study, figure, title])
  const provenance = [
    ...new Set(
      view.curves.flatMap((c) => [...(c.line.length ? [c.lineProvenance] : []), ...c.points.map((p) => p.provenance), ...(c.ic50 ? [c.ic50.provenance] : [])]),
    ),
  ]
  const marks = view.curves.filter((c) => c.ic50)
  const markText = (m: Ic50Mark) =>
    `${m.relation === '=' ? '' : `${m.relation} `}${approx(m.provenance)}${formatDose(Number(m.dose.toPrecision(3)))} ${view.doseUnit}`
  // Marks drawn on the same spot with the same words (two resistant lines both "> 1 µM") share one label.
  const labelled = marks.filter(
    (c, i) => marks.findIndex((o) => o.ic50!.dose === c.ic50!.dose && o.ic50!.y === c.ic50!.y && markText(o.ic50!) === markText(c.ic50!)) === i,
  )
  // Plot box: the canvas less the y axis (90), the side margins and the x axis's left padding (30); in height,
  // less the top and bottom margins and the x axis (30). Marks sit at different heights, so their y counts too.
  // The illustrative band needs its own room above the plot, where the highest IC50 labels can reach.
  const top = provenance.includes('illustrative') ? 40 : 16
  const plotH = height - top - 40 - 30
  const rows = labelRows(
    labelled.map((c) => c.ic50!.dose),
    view.domain,
    width - 90 - 40 - 30,
    88,
    labelled.map((c) => (1 - c.ic50!.y / view.yMax) * plotH),
    LABEL_ROW_PX,
  )
  const rowOf = new Map(labelled.map((c, i) => [c.id, rows[i] ?? 0]))
  const caption = (
    <>
      {note && <span className="chart__note">{note} </span>}
      {view.indices.map((ri) => (
        <span key={ri.resistant} className="chart__stat">
          {ri.resistant} vs {ri.parental}: {ri.text}{' '}
          <ProvenanceBadge provenance={ri.provenance} title="IC50 of the resistant line ÷ IC50 of its parental line" />{' '}
        </span>
      ))}
      {view.hiddenIllustrative > 0 && <span className="chart__stat">{view.hiddenIllustrative} illustrative marks hidden. </span>}
      {view.thinned && <span className="chart__stat">{thinnedText(view.thinned)} </span>}
    </>
  )
  return (
    <ChartFrame
      title={title}
      source={`${study} · ${figure}`}
      caption={caption}
      provenance={provenance}
      fileName={fileName}
      csv={csv}
      table={<DoseResponseTable view={view} />}
    >
      <div ref={ref} className="chart__canvas">
        {drawNow ? (
          <ComposedChart
            width={width}
            height={height}
            margin={{ top, right: 24, bottom: 40, left: 16 }}
            aria-label={`${title}: ${view.curves.map((c) => `${c.label}${c.ic50 ? `, ${c.ic50.text}` : ''}`).join('; ')}`}
          >
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="x"
              scale="log"
              domain={view.domain}
              ticks={logTicks(...view.domain)}
              tickFormatter={formatDose}
              tickMargin={6}
              padding={{ left: 30 }}
              allowDataOverflow
              stroke="var(--axis)"
              tick={AXIS_TEXT}
              label={xAxisTitle(view.xLabel, width)}
            />
            <YAxis
              type="number"
              dataKey="y"
              width={90}
              tickMargin={10}
              domain={[0, view.yMax]}
              ticks={[0, 25, 50, 75, 100].filter((t) => t <= view.yMax)}
              stroke="var(--axis)"
              tick={AXIS_TEXT}
              label={yAxisTitle(view.yLabel, 'Viability (%)')}
            />
            <ReferenceLine y={50} stroke="var(--axis)" strokeDasharray="3 5" />
            {view.curves.map((c) =>
              c.line.length ? (
                <Line
                  key={`l-${c.id}`}
                  data={c.line}
                  dataKey="y"
                  type="monotone"
                  stroke={c.colour}
                  dot={false}
                  activeDot={false}
                  isAnimationActive={false}
                  shape={StaticCurve}
                  {...LINE_STYLE[c.lineProvenance]}
                  strokeWidth={c.emphasised ? 4.5 : LINE_STYLE[c.lineProvenance].strokeWidth}
                />
              ) : null,
            )}
            {view.curves.map((c) =>
              c.points.length ? (
                <Scatter key={`p-${c.id}`} data={c.drawn} fill={c.colour} shape={ProvDot} isAnimationActive={false}>
                  {c.drawn.some((p) => p.err !== undefined) && <ErrorBar dataKey="err" direction="y" width={6} stroke={c.colour} strokeWidth={2} />}
                </Scatter>
              ) : null,
            )}
            {view.curves.flatMap((c) =>
              c.ic50
                ? [
                    <ReferenceDot
                      key={`m-${c.id}`}
                      x={c.ic50.dose}
                      y={c.ic50.y}
                      ifOverflow="visible"
                      shape={(p: { cx?: number; cy?: number }) => (
                        <BoundMark cx={p.cx} cy={p.cy} fill={c.colour} relation={c.ic50!.relation} provenance={c.ic50!.provenance} />
                      )}
                      label={
                        marks.length <= 3 && rowOf.has(c.id)
                          ? { value: markText(c.ic50), position: 'top', offset: 12 + LABEL_ROW_PX * (rowOf.get(c.id) ?? 0), fill: 'var(--fg)', fontWeight: 700 }
                          : undefined
                      }
                    />,
                  ]
                : [],
            )}
            <IllustrativeBand />
          </ComposedChart>
        ) : (
          <PlotPending height={height} />
        )}
      </div>
      <SeriesKey
        label="Curves"
        items={view.curves.map((c) => ({
          id: c.id,
          label: c.label,
          colour: c.colour,
          provenance: c.line.length ? c.lineProvenance : (c.points[0]?.provenance ?? c.ic50?.provenance ?? 'reported'),
          emphasised: c.emphasised,
          model: c.model,
          markWord: c.line.length ? 'curve' : c.points.length ? 'points' : 'mark',
          detail: c.ic50 && (
            <>
              {c.ic50.text} <ProvenanceBadge provenance={c.ic50.provenance} title={c.ic50.locator} />
            </>
          ),
        }))}
      />
    </ChartFrame>
  )
})

/** Viability against log dose: curves with their provenance, points with error bars, IC50 marks and resistance indices. */
export const DoseResponseChart = memo(function DoseResponseChart(props: DoseResponseChartProps) {
  return <DoseResponseChartNow {...props} view={useDeferredView(props.view)} />
})
