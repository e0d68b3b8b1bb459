import { useMemo, useState } from 'react'
import { digitisedSeries, type FigureRef } from '../../domain/digitised'
import type { Calibration } from '../../domain/digitise'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { SeriesFigure } from '../common/SeriesFigure'
import { dataPoints, type Curve } from './digitise-state'

/** Props of PreviewPanel. */
interface Props {
  kind: 'dose-response' | 'growth' | 'bar'
  curves: readonly Curve[]
  calibration: Calibration
  figure: FigureRef
}

const DEFAULT_UNITS = { 'dose-response': ['µM', '% viability'], growth: ['days', 'mm³'], bar: ['', '%'] } as const

/** The captured points redrawn by the app's own chart for their kind, every value digitized. */
export function PreviewPanel({ kind, curves, calibration, figure }: Props) {
  const [title, setTitle] = useState('Digitised figure')
  const [xUnit, setXUnit] = useState<string>(DEFAULT_UNITS[kind][0])
  const [yUnit, setYUnit] = useState<string>(DEFAULT_UNITS[kind][1])
  const built = useMemo(() => {
    try {
      const captured = curves.map((c) => ({ label: c.label, points: dataPoints(calibration, c) }))
      return { series: digitisedSeries(kind, captured, figure, { title, xUnit: xUnit || 'x', yUnit }) }
    } catch (e) {
      return { error: (e as Error).message }
    }
  }, [kind, curves, calibration, figure, title, xUnit, yUnit])
  return (
    <section aria-labelledby="dg-preview-h" className="digitise-panel">
      <h3 id="dg-preview-h">3. Redraw as a chart</h3>
      <div className="digitise-form">
        <label>
          Chart title
          <input value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        </label>
        {kind !== 'bar' && (
          <label>
            x unit
            <input value={xUnit} onChange={(e) => setXUnit(e.currentTarget.value)} size={8} />
          </label>
        )}
        <label>
          y unit
          <input value={yUnit} onChange={(e) => setYUnit(e.currentTarget.value)} size={8} />
        </label>
      </div>
      {'error' in built ? (
        <p role="status" className="digitise-status digitise-status--todo">
          Not drawn yet: {built.error}
        </p>
      ) : (
        <ErrorBoundary label="The redrawn chart">
          <SeriesFigure key={built.series.kind} series={built.series} />
        </ErrorBoundary>
      )}
    </section>
  )
}
