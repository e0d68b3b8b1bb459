import { useEffect, useState } from 'react'
import type { Series } from '../../domain/schema/series'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { canDraw, SeriesFigure, undrawableReason } from './SeriesFigure'

/** Charts mounted per task: a study can hold ~70 charts, and mounting them in small batches lets the first ones paint at once. */
const BATCH = 6

/** Draws every series; says plainly which ones cannot be drawn and why. */
export function SeriesPanel({ series }: { series: readonly Series[] }) {
  const drawable = series.filter(canDraw)
  const undrawn = series.filter((s) => !canDraw(s))
  const [mounted, setMounted] = useState(BATCH)
  useEffect(() => {
    if (mounted >= drawable.length) return
    const t = setTimeout(() => setMounted((m) => m + BATCH), 0)
    return () => clearTimeout(t)
  }, [mounted, drawable.length])
  return (
    <div className="chart-grid" aria-busy={mounted < drawable.length}>
      {drawable.slice(0, mounted).map((s) => (
        <ErrorBoundary key={s.id} label={s.title}>
          <SeriesFigure series={s} />
        </ErrorBoundary>
      ))}
      {undrawn.length > 0 && (
        <p className="placeholder">
          Not drawn ({undrawn.length}): {undrawn.map((s) => `${s.title}: ${undrawableReason(s)}`).join('; ')}.
        </p>
      )}
      {series.length === 0 && <p className="placeholder">This study has no plotted series yet.</p>}
    </div>
  )
}
