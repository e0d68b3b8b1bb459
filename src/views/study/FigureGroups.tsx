import type { FigureGroup } from '../../domain/figure-groups'
import type { Series } from '../../domain/schema/series'
import { canDraw, undrawableReason } from '../../domain/series'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { MarkedFigure } from './MarkedFigure'

/** Props of FigureGroups. */
interface Props {
  groups: readonly FigureGroup<Series>[]
  /** Ids of the open groups; only these draw their charts. */
  open: ReadonlySet<string>
  onToggle: (id: string, open: boolean) => void
}

/** Every series, grouped by the paper's figure, each group a closed disclosure until asked for. */
export function FigureGroups({ groups, open, onToggle }: Props) {
  if (!groups.length) return <p className="placeholder">This study has no plotted series yet.</p>
  return (
    <div className="fig-groups">
      {groups.map((g) => (
        <details key={g.id} id={g.id} className="fig-group" open={open.has(g.id)} onToggle={(e) => onToggle(g.id, e.currentTarget.open)}>
          <summary>
            <span className="fig-group__label">{g.label}</span>{' '}
            <span className="fig-group__count">
              {g.panels.length === 1 ? '1 figure' : `${g.panels.length} figures`}:{' '}
              {g.panels.map((p) => p.label.replace(/^(Supplementary )?Fig\. /, '')).join(', ')}
            </span>
          </summary>
          {open.has(g.id) && (
            <div className="chart-grid">
              {g.panels.map((p) => (
                <div key={p.anchor} id={p.anchor} className="fig-anchor">
                  <a className="fig-anchor__link" href={`#${p.anchor}`}>
                    Link to {p.label}
                  </a>
                  {canDraw(p.series) ? (
                    <ErrorBoundary label={p.series.title}>
                      <MarkedFigure series={p.series} />
                    </ErrorBoundary>
                  ) : (
                    <p className="placeholder">
                      {p.series.title}: not drawn, {undrawableReason(p.series)}
                    </p>
                  )}
                </div>
              ))}
            </div>
          )}
        </details>
      ))}
    </div>
  )
}
