import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { CanvasWidthHint } from './useWidth'

/**
 * Measures the width a chart's canvas will have, then renders the chart with it (useWidth starts there), so the
 * chart draws once instead of at a default width and again. The stand-in has ChartFrame's nesting (figure.chart >
 * .chart__plot > .chart__canvas) and lives from one commit to the layout effect after it: it is never painted. If
 * the frame's layout ever differs, the chart measures itself as before and only the saving is lost.
 */
export function CanvasFirst({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | 'unmeasured' | undefined>('unmeasured')
  useLayoutEffect(() => {
    const w = ref.current?.clientWidth ?? 0
    // 0 where nothing is laid out (tests, a closed <details>): no hint, as before.
    setWidth(w > 0 ? Math.round(w) : undefined)
  }, [])
  if (width === 'unmeasured')
    return (
      <figure className="chart" aria-hidden="true" style={{ visibility: 'hidden' }}>
        <div className="chart__plot">
          <div ref={ref} className="chart__canvas" />
        </div>
      </figure>
    )
  return <CanvasWidthHint value={width}>{children}</CanvasWidthHint>
}
