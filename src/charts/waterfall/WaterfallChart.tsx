import { memo, useCallback, useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts'
import { ChartFrame } from '../ChartFrame'
import { HatchDefs } from '../HatchDefs'
import { colourAt, SERIES_COLOURS } from '../palette'
import { markStyle, svgId } from '../provenance-style'
import { niceTicks } from '../scale'
import { useWidth } from '../useWidth'
import { waterfallCsv, waterfallTable, type WaterfallBarView, type WaterfallView } from './model'
import { useCappedHeight } from '../chart-height'
import { IllustrativeBand } from '../IllustrativeBand'
import { shortLabel } from '../short-label'
import { yAxisTitle } from '../AxisTitle'

/** Props of WaterfallChart. */
export interface WaterfallChartProps {
  title: string
  study: string
  figure: string
  fileName: string
  view: WaterfallView
  note?: string | undefined
}

const AXIS_TEXT = { fill: 'var(--fg)' }

/** One column in its category colour and provenance look (solid reported, hatched illustrative). */
function Column({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
  hatchPrefix,
}: {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: WaterfallBarView
  hatchPrefix: string
}) {
  if (!payload) return null
  const colour = colourAt(payload.colourIndex)
  const style = markStyle(payload.provenance, colour, `url(#${hatchPrefix}-${payload.colourIndex % SERIES_COLOURS.length})`)
  return (
    <rect
      x={x}
      y={Math.min(y, y + height)}
      width={width}
      height={Math.abs(height)}
      {...style}
      className={`waterfall-mark waterfall-mark--${payload.provenance}`}
    />
  )
}

/** Bars sorted largest first, one per model or animal, with the category legend and reference lines. */
export const WaterfallChart = memo(function WaterfallChart({ title, study, figure, fileName, view, note }: WaterfallChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const prefix = svgId(useId(), 'hatch')
  const csv = useCallback(() => waterfallCsv(view, study, figure, title), [view, study, figure, title])
  const provenance = [...new Set([...view.bars.map((b) => b.provenance), ...view.thresholds.map((t) => t.provenance)])]
  const values = [...view.bars.map((b) => b.value), ...view.thresholds.map((t) => t.value), 0]
  const hasNegative = Math.min(...values) < 0
  const ticks = hasNegative ? undefined : niceTicks(Math.max(...values), 5)
  const slant = width / Math.max(1, view.bars.length) < 90
  const height = useCappedHeight(Math.max(260, Math.min(420, Math.round(width * 0.5))))
  const caption = (
    <>
      {note && <span className="chart__note">{note} </span>}
      {view.hiddenIllustrative > 0 && <span className="chart__stat">{view.hiddenIllustrative} illustrative bars hidden. </span>}
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
      tableData={waterfallTable(view)}
    >
      {view.categories.length > 0 && (
        <ul className="series-key" aria-label="Bar colours">
          {view.categories.map((c, i) => (
            <li key={c} className="series-key__item">
              <svg width="16" height="16" aria-hidden="true">
                <rect width="16" height="16" fill={colourAt(i)} />
              </svg>
              <span>{c}</span>
            </li>
          ))}
        </ul>
      )}
      <div ref={ref} className="chart__canvas">
        <BarChart
          width={width}
          height={height}
          data={view.bars}
          margin={{ top: 28, right: 16, bottom: 28, left: 8 }}
          aria-label={`${title}, largest first: ${view.bars.map((b) => `${b.label} ${b.text} ${view.unit} (${b.provenance})`).join('; ')}`}
        >
          <HatchDefs prefix={prefix} colours={SERIES_COLOURS} />
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          {/* Too narrow for level labels (a phone): turn them upright so neighbours do not print over each other. */}
          <XAxis
            dataKey="label"
            interval={0}
            stroke="var(--axis)"
            tick={slant ? { ...AXIS_TEXT, angle: -90, textAnchor: 'end' } : AXIS_TEXT}
            tickFormatter={(l: string) => shortLabel(l, slant ? 24 : Math.max(3, Math.floor(width / Math.max(1, view.bars.length) / 7)))}
            height={slant ? 96 : 30}
            tickMargin={slant ? 4 : 2}
          />
          <YAxis
            width={72}
            stroke="var(--axis)"
            tick={AXIS_TEXT}
            {...(ticks ? { ticks, domain: [0, ticks.at(-1)!] } : { domain: ['auto', 'auto'] })}
            label={yAxisTitle(view.yLabel)}
          />
          {hasNegative && <ReferenceLine y={0} stroke="var(--axis)" />}
          {view.thresholds.map((t) => (
            <ReferenceLine
              key={t.label}
              y={t.value}
              stroke="var(--fg)"
              strokeDasharray="6 4"
              label={{ value: t.label, position: 'insideTopRight', fill: 'var(--fg)' }}
            />
          ))}
          <Bar dataKey="value" isAnimationActive={false} shape={(p: object) => <Column {...p} hatchPrefix={prefix} />}>
            {view.bars.map((b) => (
              <Cell key={b.id} />
            ))}
            <LabelList dataKey="text" position="top" offset={8} fill="var(--fg)" />
          </Bar>
          <IllustrativeBand />
        </BarChart>
      </div>
    </ChartFrame>
  )
})
