import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useCappedHeight } from './chart-height'
import { drawInTurn, type TurnDraw } from './usePlotTurn'
import { CanvasWidthHint } from './useWidth'

/** Title, toolbar, key and caption around a plot, roughly (px): a waiting stand-in holds about a chart's height. */
const FRAME_PX = 150

/**
 * Measures the width a chart's canvas will have, then renders the chart with it (useWidth starts there), so the
 * chart draws once instead of at a default width and again. The stand-in has ChartFrame's nesting (figure.chart >
 * .chart__plot > .chart__canvas); if the frame's layout ever differs, the chart measures itself as before and only
 * the saving is lost.
 *
 * Each chart draws after the commit that mounted it, one per task (usePlotTurn's queue), in a render React can
 * interrupt: drawn in the commit's task, a big study's load held the story's first screen, pathway and key figure in
 * one task, and the step's six other figures with recharts' store updates in another (~300 ms at 1× CPU; issue 16,
 * item 10). A waiting stand-in keeps about the chart's height, hidden, so the page does not jump when it draws.
 */
export function CanvasFirst({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | 'unmeasured' | undefined>('unmeasured')
  const turn = useRef<TurnDraw | null>(null)
  const height = useCappedHeight(360) + FRAME_PX
  useLayoutEffect(() => {
    const w = ref.current?.clientWidth ?? 0
    // 0 where nothing is laid out (tests, a closed <details>): no hint, as before, and no wait.
    const measured = w > 0 ? Math.round(w) : undefined
    if (measured === undefined) return setWidth(undefined)
    const draw = drawInTurn(() => setWidth(measured))
    turn.current = draw
    return draw.cancel
  }, [])
  useEffect(() => {
    if (width !== 'unmeasured') turn.current?.committed()
  }, [width])
  if (width === 'unmeasured')
    return (
      <figure className="chart chart--waiting" aria-hidden="true" style={{ visibility: 'hidden', minHeight: height }}>
        <div className="chart__plot">
          <div ref={ref} className="chart__canvas" />
        </div>
      </figure>
    )
  return <CanvasWidthHint value={width}>{children}</CanvasWidthHint>
}
