import { useCallback, useState } from 'react'
import { fitKeepingUnit, fitText, fontOf, textWidth } from './text-width'

/** Average glyph width of the axis title where the browser has no canvas to measure with (tests). */
const CHAR_PX = 9

/** What recharts hands a label's content: the title, where the label goes and the axis' box. */
interface AxisTitleProps {
  value?: string | number
  /** A shorter wording, used whole when the title does not fit ("Viability (%)"). */
  short?: string | undefined
  x?: number
  y?: number
  viewBox?: { height?: number }
}

/**
 * A y-axis title turned upright and cut to the plot's height, with the whole title as its tooltip: a long title
 * on a short plot (a slide after a build, a phone) otherwise ran off the top of the chart.
 */
export function AxisTitle({ value, short, x = 0, y = 0, viewBox }: AxisTitleProps) {
  const [font, setFont] = useState<string>()
  const measure = useCallback((el: SVGTextElement | null) => {
    if (el) setFont(fontOf(el))
  }, [])
  const full = String(value ?? '')
  const room = Math.max(40, (viewBox?.height ?? 0) - 4)
  const first = fitText(full, room, font, CHAR_PX)
  const shown = first !== full && short ? fitText(short, room, font, CHAR_PX) : first
  return (
    <text
      ref={measure}
      x={x}
      y={y}
      transform={`rotate(-90, ${x}, ${y})`}
      textAnchor="middle"
      dy="0.355em"
      fill="var(--fg)"
      className="recharts-text recharts-label"
    >
      {shown !== full && <title>{full}</title>}
      {shown}
    </text>
  )
}

/** A YAxis `label`: the title upright at the plot's left edge, shortened or cut to fit (AxisTitle). */
export const yAxisTitle = (value: string, short?: string) => ({ value, position: 'insideLeft' as const, offset: 4, content: <AxisTitle short={short} /> })

/** What recharts hands an x-axis label's content: the title and the axis' box (the plot's width, the ticks' height). */
interface XAxisTitleProps {
  value?: string | number
  viewBox?: { x?: number; y?: number; width?: number; height?: number }
  /** Baseline distance below the axis' box, px. */
  gap?: number | undefined
  /** The whole chart's width: a title wider than the plot may use the room under the y axis too. */
  chartWidth?: number | undefined
}

/** Keeps a title this far from the chart's edges, px. */
const EDGE = 4

/**
 * An x-axis title under the plot, kept inside the chart: centred on the plot when it fits there, else moved
 * left (under the y axis) as far as needed, else cut before its trailing "(unit)", which stays, with the whole
 * title as its tooltip. Recharts' own label, always centred, ran past the chart's edge on phones.
 */
export function XAxisTitle({ value, viewBox, gap = 26, chartWidth }: XAxisTitleProps) {
  const [font, setFont] = useState<string>()
  const measure = useCallback((el: SVGTextElement | null) => {
    if (el) setFont(fontOf(el))
  }, [])
  const full = String(value ?? '')
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {}
  const room = Math.max(40, chartWidth ? chartWidth - 2 * EDGE : width)
  const shown = fitKeepingUnit(full, room, font, CHAR_PX)
  const w = textWidth(shown, font, CHAR_PX)
  const centre = x + width / 2
  const left = chartWidth ? Math.max(EDGE, Math.min(centre - w / 2, chartWidth - EDGE - w)) : centre - w / 2
  return (
    <text ref={measure} x={left + w / 2} y={y + height + gap} textAnchor="middle" fill="var(--fg)" className="recharts-text recharts-label">
      {shown !== full && <title>{full}</title>}
      {shown}
    </text>
  )
}

/** An XAxis `label`: the title under the plot, kept inside a chart `chartWidth` wide (XAxisTitle). */
export const xAxisTitle = (value: string, chartWidth: number, gap?: number) => ({
  value,
  position: 'insideBottom' as const,
  content: <XAxisTitle gap={gap} chartWidth={chartWidth} />,
})
