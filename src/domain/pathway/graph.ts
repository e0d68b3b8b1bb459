/** The minimal node and edge shapes the overlay and layout work on (a study pathway or the merged one). */
export interface GraphNode {
  id: string
  label: string
}

/** A typed edge; `bypass` marks the resistant route, `required` an input its target cannot signal without. */
export interface GraphEdge {
  id: string
  from: string
  to: string
  type: 'activates' | 'inhibits' | 'transcribes' | 'secretes' | 'binds'
  bypass: boolean
  required?: boolean | undefined
  /** Tested by the study and found not to operate in its model: drawn, but carries no signal. */
  inactive?: boolean
  /** `proposed` when the authors propose the link from the literature rather than show it. */
  support?: 'shown' | 'proposed'
}

/** Nodes plus edges. */
export interface Graph<N extends GraphNode = GraphNode, E extends GraphEdge = GraphEdge> {
  nodes: readonly N[]
  edges: readonly E[]
}

/**
 * Edges that close a cycle, found by depth-first search that starts from the nodes nothing points at
 * (in the order given), then from the rest. Propagation ignores these edges, so it always ends and the
 * result does not depend on iteration count. Self-loops are feedback too.
 */
export function feedbackEdges(g: Graph): Set<string> {
  const out = new Map<string, GraphEdge[]>()
  const hasIncoming = new Set<string>()
  for (const e of g.edges) {
    out.set(e.from, [...(out.get(e.from) ?? []), e])
    if (e.from !== e.to) hasIncoming.add(e.to)
  }
  const state = new Map<string, 'open' | 'done'>()
  const feedback = new Set<string>()
  const visit = (id: string) => {
    state.set(id, 'open')
    for (const e of out.get(id) ?? []) {
      const s = state.get(e.to)
      if (s === 'open') feedback.add(e.id)
      else if (s === undefined) visit(e.to)
    }
    state.set(id, 'done')
  }
  const roots = [...g.nodes.filter((n) => !hasIncoming.has(n.id)), ...g.nodes]
  for (const n of roots) if (!state.has(n.id)) visit(n.id)
  return feedback
}

/** Node ids in an order where every (non-feedback) edge points forward; ties keep the given order. */
export function topologicalOrder(g: Graph, feedback: ReadonlySet<string>): string[] {
  const indegree = new Map(g.nodes.map((n) => [n.id, 0]))
  const forward = g.edges.filter((e) => !feedback.has(e.id) && indegree.has(e.from) && indegree.has(e.to))
  for (const e of forward) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1)
  const order: string[] = []
  const ready = g.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id)
  while (ready.length) {
    const id = ready.shift() as string
    order.push(id)
    for (const e of forward) {
      if (e.from !== id) continue
      const d = (indegree.get(e.to) ?? 0) - 1
      indegree.set(e.to, d)
      if (d === 0) ready.push(e.to)
    }
  }
  return order
}
