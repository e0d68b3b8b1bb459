import type { Series } from '../../domain/schema/series'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { canDraw, SeriesFigure } from './SeriesFigure'

/** Draws every series a chart exists for; says plainly which ones are not drawn yet. */
export function SeriesPanel({ series }: { series: readonly Series[] }) {
  const undrawn = series.filter((s) => !canDraw(s))
  return (
    <div className="chart-grid">
      {series.filter(canDraw).map((s) => (
        <ErrorBoundary key={s.id} label={s.title}>
          <SeriesFigure series={s} />
        </ErrorBoundary>
      ))}
      {undrawn.length > 0 && (
        <p className="placeholder">
          Not drawn yet ({undrawn.length}): {undrawn.map((s) => `${s.title} [${s.kind}]`).join('; ')}.
        </p>
      )}
      {series.length === 0 && <p className="placeholder">This study has no plotted series yet.</p>}
    </div>
  )
}
