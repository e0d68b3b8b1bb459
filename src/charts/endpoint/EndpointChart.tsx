import { memo, useCallback, useId, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ReferenceLine, XAxis, YAxis, type LabelProps, type YAxisTickContentProps } from 'recharts'
import { ChartFrame } from '../ChartFrame'
import { HatchDefs } from '../HatchDefs'
import { SERIES_COLOURS, colourAt } from '../palette'
import { markStyle, svgId } from '../provenance-style'
import { niceTicks } from '../scale'
import { useWidth } from '../useWidth'
import { EndpointTable } from './EndpointTable'
import { endpointCsv, type EndpointBar, type EndpointView } from './model'
import { useCappedHeight } from '../chart-height'
import { IllustrativeBand } from '../IllustrativeBand'
import { xAxisTitle } from '../AxisTitle'
import { fitText, fontOf, textWidth } from '../text-width'

/** Props of EndpointChart. */
export interface EndpointChartProps {
  title: string
  study: string
  figure: string
  fileName: string
  view: EndpointView
  note?: string | undefined
}

const AXIS_TEXT = { fill: 'var(--fg)' }
/** Average glyph width at 17 px, for measuring where the browser has no canvas (tests). */
const CHAR_PX = 8.4
const LABEL_OFFSET = 10

/** One category label on one line (recharts would wrap it into rows too short for the lines) (the table keeps the full text). */
function CategoryTick({ x, y, payload, fit, onFont }: YAxisTickContentProps & { fit: (label: string) => string; onFont: (el: SVGTextElement | null) => void }) {
  return (
    <text ref={onFont} x={x} y={y} dy="0.355em" textAnchor="end" fill="var(--fg)" className="recharts-text recharts-cartesian-axis-tick-value">
      {fit(String(payload?.value ?? ''))}
    </text>
  )
}

/** A bar's value label: past the end of a positive bar; for a negative bar, just right of the zero line, clear of the category axis. */
function ValueLabel({ viewBox, value, shorten, onFont }: LabelProps & { shorten: boolean; onFont: (el: SVGTextElement | null) => void }) {
  // Bars are cartesian, so their box has x, y, width and height (width is negative for a negative bar).
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox && 'width' in viewBox ? viewBox : {}
  const text = String(value ?? '')
  return (
    <text
      ref={onFont}
      x={Math.max(x, x + width) + LABEL_OFFSET}
      y={y + height / 2}
      dy="0.355em"
      textAnchor="start"
      fill="var(--fg)"
      className="recharts-text recharts-label"
    >
      {shorten ? withoutN(text) : text}
    </text>
  )
}

/** A value label without its "(n = …)": on a narrow chart the label must fit past the bar; the table keeps n. */
const withoutN = (text: string) => text.replace(/ \(n = [\d,]+\)$/, '')

interface ShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: EndpointBar
  background?: unknown
}

/** Bar or dot for one group, drawn in its provenance look (solid, dashed, hatched). */
function Mark({ x = 0, y = 0, width = 0, height = 0, payload, kind, hatchPrefix }: ShapeProps & { kind: 'bar' | 'dot'; hatchPrefix: string }) {
  if (!payload) return null
  const colour = colourAt(payload.colourIndex)
  const style = markStyle(payload.provenance, colour, `url(#${hatchPrefix}-${payload.colourIndex % SERIES_COLOURS.length})`)
  const x0 = Math.min(x, x + width)
  const w = Math.abs(width)
  const cls = `endpoint-mark endpoint-mark--${payload.provenance}`
  if (kind === 'bar') return <rect x={x0} y={y} width={w} height={height} {...style} className={cls} />
  const end = payload.value >= 0 ? x0 + w : x0
  const zero = payload.value >= 0 ? x0 : x0 + w
  return (
    <g className={cls}>
      <line x1={zero} x2={end} y1={y + height / 2} y2={y + height / 2} stroke={colour} strokeOpacity={0.45} strokeWidth={2} />
      <circle cx={end} cy={y + height / 2} r={Math.min(9, height / 2)} {...style} />
    </g>
  )
}

/** Grouped bars (or a dot plot) of one endpoint: exact values, error bars, hatched illustrative bars. */
export const EndpointChart = memo(function EndpointChart({ title, study, figure, fileName, view, note }: EndpointChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const [kind, setKind] = useState<'bar' | 'dot'>('bar')
  const csv = useCallback(() => endpointCsv(view, study, figure, title), [view, study, figure, title])
  const prefix = svgId(useId(), 'hatch')
  // The axis text's font comes from the stylesheet (larger on wide screens and slides): read it back, so labels are measured in it.
  const [font, setFont] = useState<string>()
  const onFont = useCallback(
    (el: SVGTextElement | null) => {
      if (el) setFont(fontOf(el))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- width is the re-measure trigger (a new callback re-runs the ref), not an input
    [width],
  )
  const longest = Math.max(...view.bars.map((b) => textWidth(b.label, font, CHAR_PX)))
  // On a phone the label column gives way, so the bars keep room (labels are cut; the table has them whole) and values stay readable.
  const narrow = width < 480
  const labelW = Math.min(Math.round(width * (narrow ? 0.28 : 0.45)), Math.max(80, Math.ceil(longest) + 12))
  // The value labels sit past the bars: the right margin is the widest one, measured in its own (bolder) font, up to
  // 40% of the chart; past that the "(n = …)" is dropped from the labels (the table keeps it).
  const [labelFont, setLabelFont] = useState<string>()
  const onLabelFont = useCallback(
    (el: SVGTextElement | null) => {
      if (el) setLabelFont(fontOf(el))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- width is the re-measure trigger, as for onFont
    [width],
  )
  const valuePx = (short: boolean) => Math.max(...view.bars.map((b) => textWidth(short ? withoutN(b.text) : b.text, labelFont, CHAR_PX))) + LABEL_OFFSET + 8
  const marginCap = Math.round(width * 0.4)
  const shorten = valuePx(false) > marginCap
  const rightMargin = Math.max(narrow ? 96 : 88, Math.min(marginCap, Math.ceil(valuePx(shorten))))
  // The tick's text ends 8 px left of the column's right edge (tick line and gap); keep 4 px clear of the left edge.
  const fit = useCallback((label: string) => fitText(label, labelW - 12, font, CHAR_PX), [labelW, font])
  const height = useCappedHeight(view.bars.length * 52 + 90)
  const provenance = [...new Set(view.bars.map((b) => b.provenance))]
  const hasNegative = view.bars.some((b) => b.value < 0)
  const xTicks = niceTicks(Math.max(...view.bars.map((b) => b.value + (b.err?.[1] ?? 0))), 5)
  const controls = (
    <span className="chart__segmented" role="group" aria-label="Mark">
      <button type="button" aria-pressed={kind === 'bar'} onClick={() => setKind('bar')}>
        Bars
      </button>
      <button type="button" aria-pressed={kind === 'dot'} onClick={() => setKind('dot')}>
        Dots
      </button>
    </span>
  )
  const caption = (
    <>
      {note && <span className="chart__note">{note} </span>}
      {view.colourGroups.length > 1 && <span className="chart__stat">Colours group bars of the same model. </span>}
      {view.hiddenIllustrative > 0 && <span className="chart__stat">{view.hiddenIllustrative} illustrative bars hidden. </span>}
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
      table={<EndpointTable view={view} />}
    >
      <div ref={ref} className="chart__canvas">
        <BarChart
          layout="vertical"
          width={width}
          height={height}
          data={view.bars}
          margin={{ top: 30, right: rightMargin, bottom: 40, left: 8 }}
          barCategoryGap="22%"
          aria-label={`${title}: ${view.bars.map((b) => `${b.label} ${b.text} (${b.provenance})`).join('; ')}`}
        >
          <HatchDefs prefix={prefix} colours={SERIES_COLOURS} />
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            dataKey="value"
            domain={hasNegative ? ['auto', 'auto'] : [0, xTicks.at(-1)!]}
            {...(hasNegative ? {} : { ticks: xTicks })}
            stroke="var(--axis)"
            tick={AXIS_TEXT}
            label={xAxisTitle(view.xLabel, width)}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelW}
            interval={0}
            stroke="var(--axis)"
            tick={(p: YAxisTickContentProps) => <CategoryTick {...p} fit={fit} onFont={onFont} />}
          />
          {hasNegative && <ReferenceLine x={0} stroke="var(--axis)" />}
          <Bar dataKey="value" isAnimationActive={false} shape={(p: ShapeProps) => <Mark {...p} kind={kind} hatchPrefix={prefix} />}>
            {view.bars.map((b) => (
              <Cell key={b.id} />
            ))}
            {view.bars.some((b) => b.err) && <ErrorBar dataKey="err" direction="x" width={8} stroke="var(--fg)" strokeWidth={2} />}
            <LabelList dataKey="text" content={(p: LabelProps) => <ValueLabel {...p} shorten={shorten} onFont={onLabelFont} />} />
          </Bar>
          <IllustrativeBand />
        </BarChart>
      </div>
    </ChartFrame>
  )
})
