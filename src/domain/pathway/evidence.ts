import { quantityText } from '../format'
import type { EvidenceRow } from '../schema/evidence'
import type { Pathway } from '../schema/pathway'
import type { Claim, NodeId, SeriesId, StudyId } from '../schema/study'

/** What the evidence panel needs from one study. */
export interface StudyDocs {
  id: StudyId
  /** Short title, e.g. the study's mechanism line. */
  title: string
  claims: readonly Claim[]
  evidence: readonly EvidenceRow[]
  series: readonly { id: SeriesId; title: string }[]
  pathway: Pathway
}

/** One study's evidence about one node. */
export interface NodeEvidence {
  studyId: StudyId
  studyTitle: string
  nodeId: NodeId
  nodeLabel: string
  claims: { id: string; title: string }[]
  rows: { id: string; measure: string; value: string }[]
  series: { id: string; title: string }[]
}

/** Every agent id a series uses, wherever it is listed (arms, curves, groups, the x-axis agent). */
export function seriesAgents(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => seriesAgents(v, into))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'agents' && Array.isArray(v)) v.forEach((a) => typeof a === 'string' && into.add(a))
      else if (k === 'agent' && typeof v === 'string') into.add(v)
      else if (typeof v === 'object') seriesAgents(v, into)
    }
  }
  return into
}

/** A pathway node of one study. */
export interface NodeOf {
  study: StudyId
  node: NodeId
}

/** The nodes across studies that stand for the same thing: same symbol, or the node itself when it has none. */
export function sameNodes(studyId: StudyId, nodeId: NodeId, docs: readonly StudyDocs[]): NodeOf[] {
  const own = docs.find((d) => d.id === studyId)?.pathway.nodes.find((n) => n.id === nodeId)
  if (!own?.symbol) return [{ study: studyId, node: nodeId }]
  return docs.flatMap((d) => d.pathway.nodes.filter((n) => n.symbol === own.symbol).map((n) => ({ study: d.id, node: n.id })))
}

/**
 * A node's evidence in each study that draws it: claims naming it; evidence rows attached to it, its
 * edges, the agents acting on it and those claims; series those claims cite or that use those agents.
 */
export function nodeEvidence(members: readonly NodeOf[], docs: readonly StudyDocs[]): NodeEvidence[] {
  const out: NodeEvidence[] = []
  for (const { study, node } of members) {
    const d = docs.find((x) => x.id === study)
    const n = d?.pathway.nodes.find((x) => x.id === node)
    if (!d || !n) continue
    const claims = d.claims.filter((c) => c.nodes.includes(node))
    const targets = d.pathway.targets.filter((t) => t.node === node)
    // Plain strings: seriesAgents walks a series of any kind and reads its agent ids as text.
    const agents = new Set<string>(targets.map((t) => t.agent))
    const rowIds = new Set([
      ...n.evidence,
      ...d.pathway.edges.filter((e) => e.from === node || e.to === node).flatMap((e) => e.evidence),
      ...targets.flatMap((t) => t.evidence),
      ...claims.flatMap((c) => c.evidence),
    ])
    const seriesIds = new Set(claims.flatMap((c) => c.series))
    out.push({
      studyId: study,
      studyTitle: d.title,
      nodeId: node,
      nodeLabel: n.label,
      claims: claims.map((c) => ({ id: c.id, title: c.title })),
      rows: d.evidence.filter((r) => rowIds.has(r.id)).map((r) => ({ id: r.id, measure: r.measure, value: quantityText(r.quantity) })),
      series: d.series.filter((s) => seriesIds.has(s.id) || [...seriesAgents(s)].some((a) => agents.has(a))).map((s) => ({ id: s.id, title: s.title })),
    })
  }
  return out
}
