import { useCallback, useDeferredValue, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { studyOverlay } from '../../domain/pathway/overlay'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId } from '../../domain/schema/ids'
import { useViewStore } from '../../state/store'
import { StudyPathwayPanel } from '../common/StudyPathwayPanel'
import { useAgentMap } from '../common/usePathwayData'
import { useChangeMark } from './change-cause'
import { ChangeNote } from './ChangeNote'

/** The study's pathway, marked when a change relights it ("everolimus on: 4 nodes changed"). */
export function StoryPathway({ studyId, pathway }: { studyId: StudyId; pathway: Pathway }) {
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
  // The mark's note comes in a render of its own, after the change: it should not draw the diagram again.
  const panel = useMemo(() => <StudyPathwayPanel studyId={studyId} pathway={pathway} />, [studyId, pathway])
  return <ChangeNote note={note}>{panel}</ChangeNote>
}
