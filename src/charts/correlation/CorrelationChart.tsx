import { memo, useCallback } from 'react'
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'
import { yAxisTitle, xAxisTitle } from '../AxisTitle'
import { ChartFrame } from '../ChartFrame'
import { thinnedText } from '../figure-text'
import { colourAt } from '../palette'
import { ProvDot } from '../ProvDot'
import { useWidth } from '../useWidth'
import { CorrelationTable } from './CorrelationTable'
import { correlationCsv, type CorrelationView } from './model'
import { useCappedHeight } from '../chart-height'
import { IllustrativeBand } from '../IllustrativeBand'
import { PlotPending } from '../PlotPending'
import { usePlotTurn } from '../usePlotTurn'
import { useDeferredView } from '../deferred-view'

/** Props of CorrelationChart. */
export interface CorrelationChartProps {
  title: string
  study: string
  figure: string
  fileName: string
  view: CorrelationView
  note?: string | undefined
}

const AXIS_TEXT = { fill: 'var(--fg)' }
const fmt = (v: number) => String(Number(v.toPrecision(3)))

/** CorrelationChart drawing the view it is given, at once. */
const CorrelationChartNow = memo(function CorrelationChartNow({ title, study, figure, fileName, view, note }: CorrelationChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const height = useCappedHeight(Math.max(300, Math.min(440, Math.round(width * 0.6))))
  // A thinned (big) series draws in a task of its own, after other big charts (usePlotTurn).
  const drawNow = usePlotTurn(!!view.thinned)
  const csv = useCallback(() => correlationCsv(view, study, figure, title), [view, study, figure, title])
  const provenance = [...new Set([view.pointsProvenance, ...(view.reported ? [view.reported.provenance] : []), ...(view.drawn ? [view.drawn.provenance] : [])])]
  const caption = (
    <>
      {view.reported ? (
        <span className="chart__stat">
          Reported: {view.reported.text} <ProvenanceBadge provenance={view.reported.provenance} title={view.reported.locator} />.{' '}
        </span>
      ) : (
        <span className="chart__stat">No r is reported. </span>
      )}
      {view.drawn && (
        <span className="chart__stat">
          Drawn: {view.drawn.text} <ProvenanceBadge provenance={view.drawn.provenance} title="Pearson's r of the plotted points" />.{' '}
        </span>
      )}
      {view.thinned && <span className="chart__stat">{thinnedText(view.thinned)} </span>}
      {note && <span className="chart__note">{note} </span>}
      {view.hiddenIllustrative > 0 && <span className="chart__stat">{view.hiddenIllustrative} illustrative points hidden. </span>}
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
      table={<CorrelationTable view={view} />}
    >
      <div ref={ref} className="chart__canvas">
        {drawNow ? (
          <ScatterChart
            width={width}
            height={height}
            margin={{ top: 16, right: 24, bottom: 40, left: 16 }}
            aria-label={`${title}: ${view.points.length} points${view.reported ? `, reported ${view.reported.text}` : ''}`}
          >
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="x"
              domain={['auto', 'auto']}
              tickFormatter={fmt}
              tickMargin={6}
              padding={{ left: 14 }}
              stroke="var(--axis)"
              tick={AXIS_TEXT}
              label={xAxisTitle(view.xLabel, width)}
            />
            <YAxis
              type="number"
              dataKey="y"
              width={76}
              tickMargin={10}
              domain={['auto', 'auto']}
              tickFormatter={fmt}
              stroke="var(--axis)"
              tick={AXIS_TEXT}
              label={yAxisTitle(view.yLabel)}
            />
            <Scatter data={view.plotted} fill={colourAt(0)} shape={<ProvDot r={7} colour={colourAt(0)} />} isAnimationActive={false} />
            <IllustrativeBand />
          </ScatterChart>
        ) : (
          <PlotPending height={height} />
        )}
      </div>
    </ChartFrame>
  )
})

/** Scatter of two measures with the reported r (and the r of the points as drawn) in the caption. */
export const CorrelationChart = memo(function CorrelationChart(props: CorrelationChartProps) {
  return <CorrelationChartNow {...props} view={useDeferredView(props.view)} />
})
