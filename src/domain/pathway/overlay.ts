import type { Agent } from '../schema/agent'
import type { Pathway } from '../schema/pathway'
import type { Selection } from '../selection'
import { feedbackEdges, topologicalOrder, type Graph, type GraphEdge, type GraphNode } from './graph'

/** What an agent does to a node: switch it off, force it on, or act through something not drawn. */
export type Effect = 'down' | 'up' | 'indirect'

/** One switched-on agent acting on one node. */
export interface ActiveTarget {
  agent: string
  /** Display name, used in the explanations. */
  agentName: string
  node: string
  effect: Effect
  /** For indirect effects: the agent's own recorded targets. */
  via?: readonly string[]
  /** The node stays active despite the agent while a live bypass edge into it carries signal. */
  escapedByBypass?: boolean
}

/** The five states of the issue plus "raised" (switched on because what holds it down is off). */
export type NodeState = 'blocked' | 'targeted' | 'dimmed' | 'bypass' | 'raised' | 'normal'

/** A node's overlay: its state, whether it signals, and a plain-words reason. */
export interface NodeOverlay {
  state: NodeState
  on: boolean
  /** Short words for the state, used in accessible names ("blocked", "active via bypass", "inactive"). */
  stateLabel: string
  explanation: string
  /** Names of the agents acting on it. */
  agents: string[]
}

/** How an edge is drawn: carrying signal, not carrying (source off), a resistant route that is not active, the lit bypass, a loop-closing feedback edge, or a link the study found not active in its model. */
export type EdgeState = 'live' | 'off' | 'latent' | 'bypass' | 'feedback' | 'inactive'

/** The whole overlay of one diagram. */
export interface Overlay {
  nodes: Record<string, NodeOverlay>
  edges: Record<string, EdgeState>
}

/** Input to the overlay. */
export interface OverlayInput {
  graph: Graph
  /** Agents that are switched on, with the node they act on. */
  targets: readonly ActiveTarget[]
  /** Bypass edges whose study is in a resistant (bypass) condition. */
  liveBypass: ReadonlySet<string>
}

const UP_ACTIONS: ReadonlySet<Agent['action']> = new Set(['overexpresses', 'activates', 'induces'])

const norm = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '')

/** "CDK4/6" → ["CDK4", "CDK6"]; "CXCR1/2" → ["CXCR1", "CXCR2"]; other symbols as they are. */
export function expandSymbol(symbol: string): string[] {
  const parts = symbol.split('/')
  const stem = /^(.*?)\d+$/.exec(parts[0] ?? '')?.[1] ?? ''
  return parts.map((p) => norm(/^\d+$/.test(p) ? stem + p : p))
}

/** Whether a node symbol names one of the agent's targets (prefix match, so GCL matches GCLM). */
export function symbolMatches(symbol: string, targets: readonly string[]): boolean {
  const mine = expandSymbol(symbol)
  return targets.some((t) => {
    const b = norm(t)
    return mine.some((a) => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))))
  })
}

/**
 * The direction of an agent on a pathway node. When the node's symbol is not among the agent's own
 * targets (CHIR99021 is a GSK3 inhibitor drawn on β-catenin), the effect is indirect: the direction
 * cannot be read off the catalogue, so the overlay marks the node but leaves its activity alone.
 */
export function agentEffect(agent: Pick<Agent, 'action' | 'targets'>, nodeSymbol: string | undefined): Effect {
  if (nodeSymbol !== undefined && !symbolMatches(nodeSymbol, agent.targets)) return 'indirect'
  return UP_ACTIONS.has(agent.action) ? 'up' : 'down'
}

type Activity = Map<string, boolean>

interface Context {
  graph: Graph
  order: string[]
  feedback: ReadonlySet<string>
  incoming: Map<string, GraphEdge[]>
}

/** A live activating input the target cannot signal without. */
const isRequired = (e: GraphEdge) => e.required === true && e.type !== 'inhibits'

/**
 * Boolean propagation in topological order. A node targeted down is off. A live required input that
 * is off switches its target off, even one an agent raises: more S6K1 still needs mTORC1 to act.
 * Otherwise a node targeted up is on; no inputs → on (basal); only resistant-route inputs that are
 * not active → off; else on when some activating input is on (or it has none) and no inhibiting input
 * is on. An active bypass input that is on outweighs inhibition: that is what a bypass is.
 */
function evaluate(ctx: Context, down: ReadonlySet<string>, up: ReadonlySet<string>, live: (e: GraphEdge) => boolean): Activity {
  const on: Activity = new Map()
  const isOn = (id: string) => on.get(id) ?? false
  for (const id of ctx.order) {
    if (down.has(id)) {
      on.set(id, false)
      continue
    }
    const incoming = ctx.incoming.get(id) ?? []
    const inputs = incoming.filter(live)
    if (inputs.some((e) => isRequired(e) && !isOn(e.from))) {
      on.set(id, false)
      continue
    }
    if (up.has(id)) {
      on.set(id, true)
      continue
    }
    if (inputs.length === 0) {
      on.set(id, !incoming.some((e) => e.bypass))
      continue
    }
    const act = inputs.filter((e) => e.type !== 'inhibits')
    const inh = inputs.filter((e) => e.type === 'inhibits')
    const actOk = act.length === 0 || act.some((e) => isOn(e.from))
    const bypassOn = act.some((e) => e.bypass && isOn(e.from))
    on.set(id, actOk && (bypassOn || !inh.some((e) => isOn(e.from))))
  }
  return on
}

const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`)
const isAre = (xs: readonly string[]) => (xs.length === 1 ? 'is' : 'are')

/** The overlay: each node's state and explanation, and each edge's drawing state. */
export function computeOverlay({ graph, targets, liveBypass }: OverlayInput): Overlay {
  const feedback = feedbackEdges(graph)
  const incoming = new Map<string, GraphEdge[]>()
  const outgoing = new Map<string, GraphEdge[]>()
  for (const e of graph.edges) {
    if (feedback.has(e.id)) continue
    incoming.set(e.to, [...(incoming.get(e.to) ?? []), e])
    outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e])
  }
  const ctx: Context = { graph, order: topologicalOrder(graph, feedback), feedback, incoming }
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]))
  const name = (id: string) => label.get(id) ?? id

  const allDown = new Set(targets.filter((t) => t.effect === 'down').map((t) => t.node))
  const up = new Set(targets.filter((t) => t.effect === 'up' && !allDown.has(t.node)).map((t) => t.node))
  // A link the study found not active in its model never carries signal, whatever the toggles.
  const isLive = (e: GraphEdge) => !e.inactive && (!e.bypass || liveBypass.has(e.id))
  const none = new Set<string>()
  // A drug the bypass escapes leaves its node on while a live bypass input to it is itself on;
  // block that input upstream (e.g. repertaxin on CXCR1/2) and the drug works again.
  const firstPass = evaluate(ctx, allDown, up, isLive)
  const escaped = new Set(
    targets
      .filter((t) => t.effect === 'down' && t.escapedByBypass && !targets.some((o) => o.node === t.node && o.effect === 'down' && !o.escapedByBypass))
      .map((t) => t.node)
      .filter((id) => (incoming.get(id) ?? []).some((e) => e.bypass && e.type !== 'inhibits' && liveBypass.has(e.id) && (firstPass.get(e.from) ?? false))),
  )
  const down = new Set([...allDown].filter((id) => !escaped.has(id)))
  const now = escaped.size ? evaluate(ctx, down, up, isLive) : firstPass
  const noDrug = evaluate(ctx, none, none, isLive)
  const noBypass = evaluate(ctx, allDown, up, (e) => !e.bypass && !e.inactive)
  const on = (id: string) => now.get(id) ?? false

  // Nodes the resistant route changes directly, then the on nodes that feed them along active bypass edges.
  const changedByBypass = new Set(graph.nodes.filter((n) => !down.has(n.id) && !up.has(n.id) && on(n.id) !== (noBypass.get(n.id) ?? false)).map((n) => n.id))
  const feedsBypass = new Set<string>()
  const stack = [...changedByBypass]
  while (stack.length) {
    const id = stack.pop() as string
    for (const e of incoming.get(id) ?? []) {
      if (!e.bypass || !liveBypass.has(e.id) || !on(e.from) || down.has(e.from) || up.has(e.from)) continue
      if (changedByBypass.has(e.from) || feedsBypass.has(e.from)) continue
      feedsBypass.add(e.from)
      stack.push(e.from)
    }
  }

  const nodes: Record<string, NodeOverlay> = {}
  for (const n of graph.nodes as readonly GraphNode[]) {
    const id = n.id
    const mine = targets.filter((t) => t.node === id)
    const agents = [...new Set(mine.map((t) => t.agentName))]
    const ins = incoming.get(id) ?? []
    const liveIns = ins.filter(isLive)
    const onIns = (pred: (e: GraphEdge) => boolean) => [...new Set(liveIns.filter((e) => pred(e) && on(e.from)).map((e) => name(e.from)))]
    const offActs = [...new Set(liveIns.filter((e) => e.type !== 'inhibits' && !on(e.from)).map((e) => name(e.from)))]
    const reqOff = [...new Set(liveIns.filter((e) => isRequired(e) && !on(e.from)).map((e) => name(e.from)))]
    const loop = graph.edges.filter((e) => e.to === id && feedback.has(e.id)).map((e) => name(e.from))
    const loopNote = loop.length ? ` A feedback link from ${list(loop)} closes a loop; loops are drawn but not followed, so the picture stays stable.` : ''
    let state: NodeState
    let text: string
    if (escaped.has(id)) {
      state = 'bypass'
      const route = onIns((e) => e.bypass && e.type !== 'inhibits')
      text = `${list(agents)} act${agents.length === 1 ? 's' : ''} on ${n.label}, but the resistant route through ${list(route)} keeps it active anyway; block that route upstream and the drug works again.`
    } else if (down.has(id)) {
      state = 'blocked'
      const names = [...new Set(mine.filter((t) => t.effect === 'down').map((t) => t.agentName))]
      const routeIn = onIns((e) => e.bypass && e.type !== 'inhibits')
      text = `${list(names)} act${names.length === 1 ? 's' : ''} on ${n.label} and switch${names.length === 1 ? 'es' : ''} it off; what it feeds loses this input.`
      if (routeIn.length) text += ` The resistant route from ${list(routeIn)} still reaches it, but in this model a drug on the node itself wins.`
    } else if (mine.length) {
      state = 'targeted'
      const ups = [...new Set(mine.filter((t) => t.effect === 'up').map((t) => t.agentName))]
      const indirect = mine.filter((t) => t.effect === 'indirect')
      const parts: string[] = []
      if (ups.length && reqOff.length)
        parts.push(`${list(ups)} raise${ups.length === 1 ? 's' : ''} ${n.label}, but it cannot act without ${list(reqOff)}, which ${isAre(reqOff)} off now.`)
      else if (ups.length) parts.push(`${list(ups)} raise${ups.length === 1 ? 's' : ''} ${n.label}, so it is shown on whatever its inputs do.`)
      for (const t of indirect)
        parts.push(
          `${t.agentName} acts on it indirectly (its own targets are ${list([...(t.via ?? [])])}); the direction is not modelled, so its inputs still decide whether it is on (now ${on(id) ? 'on' : 'off'}).`,
        )
      text = parts.join(' ')
    } else if (changedByBypass.has(id)) {
      state = 'bypass'
      const usualOff = [...new Set(liveIns.filter((e) => !e.bypass && e.type !== 'inhibits' && !on(e.from)).map((e) => name(e.from)))]
      if (on(id)) {
        const route = onIns((e) => e.bypass && e.type !== 'inhibits')
        text = `Kept on by the resistant route${route.length ? ` through ${list(route)}` : ''}`
        text += usualOff.length ? `, although its usual input ${list(usualOff)} ${isAre(usualOff)} off.` : '; without that route it would be off.'
      } else {
        const holders = onIns((e) => e.bypass && e.type === 'inhibits')
        text = `Held off by the resistant route${holders.length ? `: ${list(holders)} stays on and inhibits it` : ''}; without that route it would be on.`
      }
    } else if (on(id) && !(noDrug.get(id) ?? false)) {
      state = 'raised'
      const released = [...new Set(liveIns.filter((e) => e.type === 'inhibits' && !on(e.from) && (noDrug.get(e.from) ?? false)).map((e) => name(e.from)))]
      text = released.length
        ? `On because ${list(released)}, which normally hold${released.length === 1 ? 's' : ''} it down, ${isAre(released)} off now.`
        : 'On now, though it is off without the drugs.'
    } else if (!on(id) && (noDrug.get(id) ?? false)) {
      state = 'dimmed'
      const holders = onIns((e) => e.type === 'inhibits')
      const feeding = onIns((e) => e.type !== 'inhibits')
      if (reqOff.length)
        text = `It cannot act without ${list(reqOff)}, which ${isAre(reqOff)} off now${feeding.length ? `, although ${list(feeding)} still feed${feeding.length === 1 ? 's' : ''} it` : ''}.`
      else text = holders.length ? `Held down by ${list(holders)}, which ${isAre(holders)} on now.` : `Its inputs are off: ${list(offActs)}.`
    } else if (feedsBypass.has(id)) {
      state = 'bypass'
      const fed = [...new Set((outgoing.get(id) ?? []).filter((e) => e.bypass && liveBypass.has(e.id)).map((e) => name(e.to)))]
      text = `Feeds the resistant route (to ${list(fed)}), which keeps signalling going in this condition.`
    } else {
      state = 'normal'
      if (on(id)) text = ins.length ? 'On, as it is without the drugs.' : 'On: nothing upstream of it is drawn.'
      else {
        const holders = onIns((e) => e.type === 'inhibits')
        const latent = ins.filter((e) => e.bypass && !isLive(e)).map((e) => name(e.from))
        if (holders.length) text = `Off: held down by ${list(holders)}.`
        else if (offActs.length) text = `Off: its inputs are off (${list(offActs)}).`
        else
          text = `Off: its only input${latent.length === 1 ? '' : 's'} (from ${list(latent)}) ${latent.length === 1 ? 'is' : 'are'} the resistant route, not active in this condition.`
      }
    }
    nodes[id] = { state, on: on(id), stateLabel: stateLabel(state, on(id)), explanation: text + loopNote, agents }
  }

  const edges: Record<string, EdgeState> = {}
  for (const e of graph.edges) {
    edges[e.id] = e.inactive ? 'inactive' : feedback.has(e.id) ? 'feedback' : !isLive(e) ? 'latent' : !on(e.from) ? 'off' : e.bypass ? 'bypass' : 'live'
  }
  return { nodes, edges }
}

/** Words for a state, as read out with the node name. */
export function stateLabel(state: NodeState, on: boolean): string {
  switch (state) {
    case 'bypass':
      return on ? 'active via bypass' : 'held off via bypass'
    case 'normal':
      return on ? 'normal' : 'inactive'
    default:
      return state
  }
}

/** Bypass edges that carry signal: those of a study whose bypass conditions include a switched-on condition. */
export function liveBypassEdges(
  edges: readonly (GraphEdge & { bypassStudies?: readonly string[] })[],
  activeConditions: readonly string[],
  bypassConditions: Readonly<Record<string, readonly string[]>>,
  studyId?: string,
): Set<string> {
  const liveStudy = (s: string) => (bypassConditions[s] ?? []).some((c) => activeConditions.includes(c))
  return new Set(edges.filter((e) => e.bypass && (e.bypassStudies ?? (studyId ? [studyId] : [])).some(liveStudy)).map((e) => e.id))
}

/** The switched-on agents' targets, with each effect read from the catalogue (unknown agents act down). */
export function activeTargets(
  targets: readonly { agent: string; node: string; escapedByBypass?: boolean }[],
  nodes: readonly { id: string; symbol?: string | undefined }[],
  catalogue: ReadonlyMap<string, Pick<Agent, 'name' | 'action' | 'targets'>>,
  drugs: readonly string[],
): ActiveTarget[] {
  const symbol = new Map(nodes.map((n) => [n.id, n.symbol]))
  return targets
    .filter((t) => drugs.includes(t.agent))
    .map((t) => {
      const a = catalogue.get(t.agent)
      const effect = a ? agentEffect(a, symbol.get(t.node)) : 'down'
      return {
        agent: t.agent,
        agentName: a?.name ?? t.agent,
        node: t.node,
        effect,
        ...(effect === 'indirect' && a ? { via: a.targets } : {}),
        ...(t.escapedByBypass ? { escapedByBypass: true } : {}),
      }
    })
}

/**
 * One study's overlay under the store's drugs and conditions, exactly as the Study view draws it:
 * the drugs' targets in this pathway, and the resistant route live when a bypass condition is on.
 */
export function studyOverlay(
  studyId: string,
  pathway: Pick<Pathway, 'nodes' | 'edges' | 'targets' | 'bypassConditions'>,
  catalogue: ReadonlyMap<string, Pick<Agent, 'name' | 'action' | 'targets'>>,
  selection: Selection,
): Overlay {
  const targets = activeTargets(pathway.targets, pathway.nodes, catalogue, selection.drugs)
  const liveBypass = liveBypassEdges(pathway.edges, selection.conditions, { [studyId]: pathway.bypassConditions }, studyId)
  return computeOverlay({ graph: pathway, targets, liveBypass })
}
