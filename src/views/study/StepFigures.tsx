import { memo, useDeferredValue } from 'react'
import type { Series } from '../../domain/schema/series'
import type { Selection } from '../../domain/selection'
import type { Step } from '../../domain/schema/study'
import { ChartHeightCap } from '../../charts/chart-height'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { SelectionOverride } from '../common/selection-override'
import { useDrawnSelection } from './useDrawnSelection'
import { MarkedFigure } from './MarkedFigure'

/** Plot height of the step's key figure, in px. */
const KEY_PLOT_HEIGHT = 300

/** Props of StepFigures. */
interface Props {
  step: Step
  series: readonly Series[]
  /** The step on screen; otherwise the column is drawn ahead, hidden, for a step the reader may go to next. */
  current: boolean
  /** What the figures draw instead of the live toggles: the step's own selection while hidden or opening; null follows the toggles. */
  selection: Selection | null
  /** The claim the step shows, under its figures. */
  claim?: string
}

/**
 * One step's figures, key figure first. Memoised, so a step change redraws only the columns whose
 * inputs changed. A column drawn ahead holds its step's selection fixed, so when it comes on screen (and the
 * toggles take that same selection) none of its charts redraws. On its first render the current column draws
 * only the key figure, and a column ahead nothing; the rest follows in a deferred (interruptible) render, so
 * the key figure paints first.
 */
export const StepFigures = memo(function StepFigures({ step, series, current, selection, claim }: Props) {
  const all = useDeferredValue(true, false)
  const drawn = useDrawnSelection(current, selection)
  // Class names differ ahead of time, so selectors for "the step's figures" (.story__figures, .story__key) never match a hidden column.
  const cls = (name: string) => (current ? name : `${name}-ahead`)
  return (
    <div className={`story__column ${current ? 'story__figures' : 'story__ahead'}`} aria-hidden={current ? undefined : true}>
      <SelectionOverride selection={drawn}>
        {(current || all) &&
          step.series.map((id, i) => {
            const s = series.find((x) => x.id === id)
            if (!s)
              return (
                <p key={id} className="placeholder">
                  Series “{id}” is not in this study&apos;s data.
                </p>
              )
            if (i > 0 && !all) return <div key={id} className={`${cls('story__more')} story__pending`} />
            return (
              <div key={id} className={cls(i === 0 ? 'story__key' : 'story__more')}>
                <ErrorBoundary label={s.title}>
                  {/* The key figure is kept short enough to sit beside the pathway on a 1080-px-high screen. */}
                  <ChartHeightCap max={i === 0 ? KEY_PLOT_HEIGHT : Number.POSITIVE_INFINITY}>
                    <MarkedFigure series={s} />
                  </ChartHeightCap>
                </ErrorBoundary>
              </div>
            )
          })}
      </SelectionOverride>
      {claim && (
        <p className="story__claim">
          <strong>The claim:</strong> {claim}
        </p>
      )}
    </div>
  )
})
