import type { Series } from '../../domain/schema/series'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { OnScreen } from '../../ui/OnScreen'
import { canDraw, undrawableReason } from '../../domain/series'
import { SeriesFigure } from '../common/SeriesFigure'

/** Draws every series (each mounted while near the viewport); says plainly which cannot be drawn and why. */
export function SeriesPanel({ series }: { series: readonly Series[] }) {
  const drawable = series.filter(canDraw)
  const undrawn = series.filter((s) => !canDraw(s))
  return (
    <div className="chart-grid">
      {drawable.map((s) => (
        <OnScreen key={s.id} label={s.title}>
          <ErrorBoundary label={s.title}>
            <SeriesFigure series={s} />
          </ErrorBoundary>
        </OnScreen>
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
