import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { studyOverlay } from '../../domain/pathway/overlay'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId } from '../../domain/schema/ids'
import { usePathwayLayout } from '../../pathway/layout'
import { PathwayFigure } from '../../pathway/PathwayFigure'
import { selectionText, type Selection } from '../../domain/selection'
import { useViewStore } from '../../state/store'
import { NodeEvidence } from './NodeEvidence'
import { useSelectionOverride } from './selection-override'
import { useAgentMap } from './usePathwayData'
import { useNodeSelection } from './useNodeSelection'

/** Props of StudyDiagram. */
interface Props {
  studyId: StudyId
  pathway: Pathway
  /** Figure title; defaults to "<study> pathway". */
  title?: string
  /** Condition labels by id, for the caption. */
  conditionLabels?: ReadonlyMap<string, string>
}

const NO_TOGGLES: Selection = { drugs: [], conditions: [] }

/** One study's diagram with the overlay the store's toggles set, and the evidence panel on selection. */
export function StudyDiagram({ studyId, pathway, title = `${studyId} pathway`, conditionLabels }: Props) {
  const fixed = useSelectionOverride()
  // Under a fixed selection (a step drawn ahead, a slide) the store's toggles are not read, so changing them renders nothing here.
  const live = useViewStore(useShallow((s) => (fixed ? NO_TOGGLES : { drugs: s.drugs, conditions: s.conditions })))
  const { drugs, conditions } = fixed ?? live
  const agents = useAgentMap()
  const layout = usePathwayLayout(pathway.nodes, pathway.edges)
  const overlay = useMemo(() => studyOverlay(studyId, pathway, agents, { drugs, conditions }), [pathway, agents, drugs, conditions, studyId])
  const { selected, select, close, root } = useNodeSelection()
  const node = pathway.nodes.find((n) => n.id === selected)
  // How much of the route carries signal, not merely whether it is switched on: a rescue that cuts it leaves links off.
  const routeEdges = pathway.edges.filter((e) => e.bypass)
  const routeLive = routeEdges.filter((e) => overlay.edges[e.id] === 'bypass').length
  const routeWords = pathway.bypassConditions.map((c) => conditionLabels?.get(c) ?? c).join(', ')
  return (
    <div ref={root}>
      <PathwayFigure
        title={title}
        nodes={pathway.nodes}
        edges={pathway.edges}
        layout={layout}
        overlay={overlay}
        selected={selected}
        onSelect={select}
        exportName={`pathway-${studyId}`}
        state={selectionText(
          { drugs, conditions },
          (id) => agents.get(id)?.name ?? id,
          (id) => conditionLabels?.get(id) ?? id,
        )}
        source={`${studyId} · pathway curated from the text`}
        caption={`${layout?.source === 'auto' ? 'Automatic layered layout (this study has no curated coordinates). ' : 'Curated layout. '}The resistant route ${routeLive ? `carries signal on ${routeLive} of its ${routeEdges.length} links` : 'carries no signal'}${pathway.bypassConditions.length ? ` (it carries signal in: ${routeWords})` : ''}. Select a node, or focus it and press Enter, for its evidence across studies.`}
        aside={node && <NodeEvidence label={node.label} overlay={overlay.nodes[node.id]} study={{ studyId, nodeId: node.id }} onClose={close} />}
      />
    </div>
  )
}
