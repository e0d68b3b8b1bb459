import type { Series } from '../../domain/schema/series'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { SurvivalPanel } from './SurvivalPanel'

/** Draws every series a chart exists for; says plainly which ones are not drawn yet. */
export function SeriesPanel({ series }: { series: readonly Series[] }) {
  const undrawn = series.filter((s) => s.kind !== 'survival')
  return (
    <div className="chart-grid">
      {series.map((s) =>
        s.kind === 'survival' ? (
          <ErrorBoundary key={s.id} label={s.title}>
            <SurvivalPanel series={s} />
          </ErrorBoundary>
        ) : null,
      )}
      {undrawn.length > 0 && (
        <p className="placeholder">
          Not drawn yet ({undrawn.length}): {undrawn.map((s) => `${s.title} [${s.kind}]`).join('; ')}.
        </p>
      )}
      {series.length === 0 && <p className="placeholder">This study has no plotted series yet.</p>}
    </div>
  )
}
