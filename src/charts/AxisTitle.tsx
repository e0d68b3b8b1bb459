import { useCallback, useState } from 'react'
import { fitText, fontOf } from './text-width'

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
