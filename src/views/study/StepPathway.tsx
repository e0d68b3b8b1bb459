import { memo, useMemo } from 'react'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId } from '../../domain/schema/ids'
import type { Selection } from '../../domain/selection'
import { StudyPathwayPanel } from '../common/StudyPathwayPanel'
import { SelectionOverride } from '../common/selection-override'
import { useDrawnSelection } from './useDrawnSelection'

/** Props of StepPathway. */
interface Props {
  studyId: StudyId
  pathway: Pathway
  /** The step on screen; otherwise the diagram is drawn ahead, hidden, for a step the reader may go to next. */
  current: boolean
  /** What the diagram draws instead of the live toggles: the step's own selection while hidden or opening; null follows the toggles. */
  selection: Selection | null
}

/**
 * The pathway as one step draws it. Like the step's figures (StepFigures), the neighbouring steps' diagrams are
 * drawn ahead out of sight (skipped: see study.css), so a step change shows one and hides another instead of
 * working out the overlay and relighting the diagram in the click. Memoised: a step change re-renders only the
 * two that swap places.
 */
export const StepPathway = memo(function StepPathway({ studyId, pathway, current, selection }: Props) {
  const drawn = useDrawnSelection(current, selection)
  const panel = useMemo(() => <StudyPathwayPanel studyId={studyId} pathway={pathway} />, [studyId, pathway])
  return (
    <div className={current ? 'story__pw' : 'story__pw-ahead'} aria-hidden={current ? undefined : true}>
      <SelectionOverride selection={drawn}>{panel}</SelectionOverride>
    </div>
  )
})
