import { useCallback, useDeferredValue, useMemo, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { studyOverlay } from '../../domain/pathway/overlay'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId } from '../../domain/schema/ids'
import { useViewStore } from '../../state/store'
import { useAgentMap } from '../common/usePathwayData'
import { useChangeMark } from './change-cause'
import { ChangeNote } from './ChangeNote'

/** Props of StoryPathway. */
interface Props {
  studyId: StudyId
  pathway: Pathway
  /** The diagrams (StepPathway): the current step's, and its neighbours' drawn ahead out of sight. */
  children: ReactNode
}

/**
 * The study's pathway, marked when a change relights it ("everolimus on: 4 nodes changed"). The mark follows the
 * live toggles, so it covers a step change too, whichever drawn-ahead diagram then shows the new step.
 */
export function StoryPathway({ studyId, pathway, children }: Props) {
  const live = useViewStore(useShallow((s) => ({ drugs: s.drugs, conditions: s.conditions })))
  // The mark only follows the change, so its overlay (a second one; the diagram computes its own) is worked out in a
  // background render after the step's first paint, not in the click's.
  const { drugs, conditions } = useDeferredValue(live)
  const agents = useAgentMap()
  // The same overlay the diagram draws, reduced to node and edge states for the comparison.
  const signature = useMemo(() => {
    const o = studyOverlay(studyId, pathway, agents, { drugs, conditions })
    return [...Object.entries(o.nodes).map(([id, n]) => `n|${id}:${n.state}:${n.on}`), ...Object.entries(o.edges).map(([id, e]) => `e|${id}:${e}`)]
  }, [studyId, pathway, agents, drugs, conditions])
  const describe = useCallback((p: string[], n: string[]) => {
    const before = new Set(p)
    const nodes = n.filter((x) => x.startsWith('n|') && !before.has(x)).length
    return nodes ? `${nodes} node${nodes === 1 ? '' : 's'} changed` : 'links relit'
  }, [])
  const note = useChangeMark(signature, (a, b) => a.join() === b.join(), describe)
  return <ChangeNote note={note}>{children}</ChangeNote>
}
