import { memo, useMemo } from 'react'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { StudyContextProvider } from '../common/study-context'
import { TogglePanel } from '../common/TogglePanel'
import { canDraw, comparePanels, type ComparePanel } from '../../domain/series'
import { SeriesFigure } from '../common/SeriesFigure'
import { ComparePicker } from './ComparePicker'
import { CompareSelections } from './CompareSelections'
import { useCompareSelection } from './useCompareSelection'
import './compare.css'

/** Compare: chosen (study, experiment, group) selections side by side on aligned axes; the choice lives in the URL. */
export default function CompareView() {
  const sel = useCompareSelection()
  const panels = useMemo(() => comparePanels(sel.picked), [sel.picked])
  return (
    <>
      <header className="view-head">
        <h1>Compare</h1>
        <p className="lede">
          Pick groups from any study and see them on shared axes: viability against log dose, tumour volume relative to its first measurement, survival against
          months. Each value keeps its provenance.
        </p>
      </header>
      <ComparePicker />
      {sel.keys.length === 0 ? (
        <p className="placeholder">Nothing chosen yet. Add a group above, or use “Add to compare” in the evidence of a matrix cell on the Overview.</p>
      ) : (
        <>
          <h2 id="cmp-sel-h">Selections ({sel.keys.length})</h2>
          <CompareSelections picked={sel.picked} missing={sel.missing} />
          {sel.loading.length > 0 && (
            <p role="status" className="panel-loading">
              Loading {sel.loading.join(', ')}…
            </p>
          )}
          {sel.failed.map((f) => (
            <div key={f.study} role="alert" className="panel-error">
              <p className="panel-error__title">Data of {f.study} could not be loaded</p>
              <p className="panel-error__detail">{f.message}</p>
              <button type="button" onClick={f.retry}>
                Retry
              </button>
            </div>
          ))}
          <TogglePanel tested={sel.tested} conditions={sel.conditions} scope="this comparison" />
          <StudyContextProvider studies={[sel.context]}>
            <ComparePanels panels={panels} />
          </StudyContextProvider>
        </>
      )}
    </>
  )
}

/** The aligned figures; memoised so a toggle re-renders only the panels whose groups it changes. */
const ComparePanels = memo(function ComparePanels({ panels }: { panels: readonly ComparePanel[] }) {
  return (
    <section aria-labelledby="cmp-fig-h">
      <h2 id="cmp-fig-h">Side by side</h2>
      <div className="chart-grid">
        {panels.map((p) => (
          <div key={`${p.series.kind}-${p.series.title}`} className="cmp-panel">
            <p className="cmp-axis">{p.axisNote}</p>
            {canDraw(p.series) ? (
              <ErrorBoundary label={p.series.title}>
                <SeriesFigure series={p.series} />
              </ErrorBoundary>
            ) : (
              <p className="placeholder">
                {p.series.title}: no chart for {p.series.kind} data exists yet, so these {p.keys.length} selection(s) are listed in the table above only.
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  )
})
