import type { Pathway, PathwayNode } from '../schema/pathway'
import type { AgentId, ConditionId, StudyId } from '../schema/ids'
import type { NodeOf } from './evidence'
import type { GraphEdge, GraphNode } from './graph'

/** A node of the cross-study diagram: one per shared symbol, listing the studies that draw it. */
export interface MergedNode extends GraphNode {
  type: PathwayNode['type']
  symbol?: string | undefined
  /** Study ids, in the order given. */
  studies: string[]
  /** The per-study nodes it stands for. */
  members: NodeOf[]
  /** `proposed` only when every study that draws it only proposes it. */
  support?: 'shown' | 'proposed'
}

/** An edge of the cross-study diagram; bypass, inactive or proposed only if every study that draws it marks it so, required if any does. */
export interface MergedEdge extends GraphEdge {
  studies: string[]
  bypassStudies: string[]
}

/** The cross-study pathway: merged nodes and edges, targets on merged ids, bypass conditions per study. */
export interface MergedPathway {
  nodes: MergedNode[]
  edges: MergedEdge[]
  targets: { agent: AgentId; node: string }[]
  bypassConditions: Record<string, ConditionId[]>
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The merged id of a study's node: its symbol when it has one (so HER3 in two studies is one node), else study-scoped. */
export function mergedKey(study: string, node: Pick<PathwayNode, 'id' | 'symbol'>): string {
  return node.symbol ? `sym-${slug(node.symbol)}` : `${study}--${node.id}`
}

/** Merges the studies' pathways by symbol. The shortest label of a shared node is kept (e.g. "ER" over "ERα (pS118, pS167)"). */
export function combinePathways(studies: readonly { id: StudyId; pathway: Pathway }[]): MergedPathway {
  const nodes = new Map<string, MergedNode>()
  const edges = new Map<string, MergedEdge>()
  const targets = new Map<string, { agent: AgentId; node: string }>()
  const bypassConditions: Record<string, ConditionId[]> = {}
  for (const { id: study, pathway } of studies) {
    bypassConditions[study] = [...pathway.bypassConditions]
    const key = new Map(pathway.nodes.map((n) => [n.id, mergedKey(study, n)]))
    for (const n of pathway.nodes) {
      const k = mergedKey(study, n)
      const m = nodes.get(k)
      if (!m)
        nodes.set(k, {
          id: k,
          label: n.label,
          type: n.type,
          symbol: n.symbol,
          studies: [study],
          members: [{ study, node: n.id }],
          ...(n.support === 'proposed' ? { support: 'proposed' as const } : {}),
        })
      else {
        if (n.support !== 'proposed') delete m.support
        if (!m.studies.includes(study)) m.studies.push(study)
        m.members.push({ study, node: n.id })
        if (n.label.length < m.label.length) m.label = n.label
      }
    }
    for (const e of pathway.edges) {
      const from = key.get(e.from)
      const to = key.get(e.to)
      if (!from || !to) continue
      const k = `${from}--${e.type}--${to}`
      const m = edges.get(k)
      if (!m)
        edges.set(k, {
          id: k,
          from,
          to,
          type: e.type,
          bypass: e.bypass,
          required: e.required,
          studies: [study],
          bypassStudies: e.bypass ? [study] : [],
          ...(e.inactive ? { inactive: true } : {}),
          ...(e.support === 'proposed' ? { support: 'proposed' as const } : {}),
        })
      else {
        // One study showing the link (or finding it active) outweighs another proposing it (or finding it inactive).
        if (!e.inactive) delete m.inactive
        if (e.support !== 'proposed') delete m.support
        if (!m.studies.includes(study)) m.studies.push(study)
        m.bypass = m.bypass && e.bypass
        // A necessity one study shows is not contradicted by another study drawing the same edge without it.
        m.required = m.required || e.required
        if (e.bypass && !m.bypassStudies.includes(study)) m.bypassStudies.push(study)
      }
    }
    for (const t of pathway.targets) {
      const node = key.get(t.node)
      if (node) targets.set(`${t.agent}@${node}`, { agent: t.agent, node })
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], targets: [...targets.values()], bypassConditions }
}
