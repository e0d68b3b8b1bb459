import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { combinePathways } from '../../domain/pathway/combine'
import { activeTargets, computeOverlay, liveBypassEdges } from '../../domain/pathway/overlay'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId, StudyMeta } from '../../domain/schema/study'
import { CHIP_ROW, usePathwayLayout } from '../../pathway/layout'
import { PathwayFigure } from '../../pathway/PathwayFigure'
import { selectionText } from '../../domain/selection'
import { useViewStore } from '../../state/store'
import { NodeEvidence } from '../common/NodeEvidence'
import { PathwayToggles } from './PathwayToggles'
import { useAgentMap } from '../common/usePathwayData'
import { useNodeSelection } from '../common/useNodeSelection'

/** Props of CombinedDiagram. */
interface Props {
  studies: readonly { id: StudyId; pathway: Pathway; study: StudyMeta }[]
}

/** One-letter-or-two tags for the study chips: the first letters of the id, unique. */
function studyTags(ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  const used = new Set<string>()
  for (const id of ids) {
    let n = 1
    let tag = id.slice(0, 1).toUpperCase()
    while (used.has(tag) && n < id.length) tag = id.slice(0, ++n).replace(/^./, (c) => c.toUpperCase())
    used.add(tag)
    out[id] = tag
  }
  return out
}

/** Every study on one diagram: shared symbols once, chips naming the studies, automatic layout. */
export function CombinedDiagram({ studies }: Props) {
  const merged = useMemo(() => combinePathways(studies), [studies])
  const tags = useMemo(() => studyTags(studies.map((s) => s.id)), [studies])
  const { drugs, conditions } = useViewStore(useShallow((s) => ({ drugs: s.drugs, conditions: s.conditions })))
  const agents = useAgentMap()
  const layout = usePathwayLayout(merged.nodes, merged.edges, CHIP_ROW)
  const overlay = useMemo(() => {
    const targets = activeTargets(merged.targets, merged.nodes, agents, drugs)
    return computeOverlay({ graph: merged, targets, liveBypass: liveBypassEdges(merged.edges, conditions, merged.bypassConditions) })
  }, [merged, agents, drugs, conditions])
  const conditionLabel = useMemo(() => new Map(studies.flatMap((s) => s.study.conditions.map((c) => [c.id, c.label] as const))), [studies])
  const { selected, select, close, root } = useNodeSelection()
  const node = merged.nodes.find((n) => n.id === selected)
  const agentIds = useMemo(() => [...new Set(merged.targets.map((t) => t.agent))], [merged])
  const conditionGroups = useMemo(
    () =>
      studies
        .map((s) => ({ legend: `Resistant route: ${s.id}`, conditions: s.study.conditions.filter((c) => s.pathway.bypassConditions.includes(c.id)) }))
        .filter((g) => g.conditions.length),
    [studies],
  )
  const shared = merged.nodes.filter((n) => n.studies.length > 1).map((n) => n.label)
  return (
    <>
      {/* Forty-odd toggles would push the diagram below the fold, so they fold away here. */}
      <details className="pw-toggles-more">
        <summary>Drugs and conditions ({drugs.length + conditions.length} on)</summary>
        <PathwayToggles agentIds={agentIds} agents={agents} conditionGroups={conditionGroups} />
      </details>
      <div ref={root}>
        <PathwayFigure
          title="All studies combined"
          nodes={merged.nodes}
          edges={merged.edges}
          layout={layout}
          overlay={overlay}
          selected={selected}
          onSelect={select}
          studyTags={tags}
          exportName="pathway-combined"
          state={selectionText(
            { drugs, conditions },
            (id) => agents.get(id)?.name ?? id,
            (id) => conditionLabel.get(id) ?? id,
          )}
          source={`${studies.map((s) => s.id).join(', ')} · pathways curated from the texts`}
          caption={`Automatic layered layout (dagre). Nodes with the same gene or protein symbol are drawn once; the tags under a label name the studies that draw it. Shared: ${shared.join(', ')}.`}
          aside={node && <NodeEvidence label={node.label} overlay={overlay.nodes[node.id]} members={node.members} onClose={close} />}
        />
      </div>
    </>
  )
}
