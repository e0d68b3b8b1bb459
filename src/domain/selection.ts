import type { AgentId, Condition, ConditionId, ConditionKind, ModelId } from './schema/study'

/** What a plotted group belongs to (arm, curve, bar). */
export interface Membership {
  model?: ModelId | undefined
  condition?: ConditionId | undefined
  agents: readonly AgentId[]
}

/** How a group shows under the current toggles. */
export type Visibility = 'hidden' | 'shown' | 'emphasised'

/** The toggles that select groups. */
export interface Selection {
  drugs: readonly AgentId[]
  conditions: readonly ConditionId[]
}

/** Condition kinds that are the comparator of a figure (control medium, parental line, wild type), never the effect. */
export const BASELINE_KINDS: ReadonlySet<ConditionKind> = new Set(['control', 'parental', 'wild-type'])

/** The ids of a study's baseline conditions, read from each condition's kind. */
export function baselineConditions(conditions: readonly Pick<Condition, 'id' | 'kind'>[]): Set<string> {
  return new Set(conditions.filter((c) => BASELINE_KINDS.has(c.kind)).map((c) => c.id))
}

/**
 * Toggle semantics, shared by every chart:
 * - conditions: when any condition of this set of groups is switched on, groups in other conditions hide,
 *   except baseline groups (`baselines`, and groups without a condition): they are what the effect is seen against;
 * - drugs: when any drug the groups use is on, a group shows if all its agents are on (vehicle always shows),
 *   and is emphasised when its agents are exactly the active ones. With no relevant drug on, all show.
 */
export function visibilities(groups: readonly Membership[], sel: Selection, baselines: ReadonlySet<string> = new Set()): Visibility[] {
  const groupConditions = new Set(groups.map((g) => g.condition).filter(Boolean))
  const activeConditions = sel.conditions.filter((c) => groupConditions.has(c))
  const groupAgents = new Set(groups.flatMap((g) => g.agents))
  const activeDrugs = new Set(sel.drugs.filter((d) => groupAgents.has(d)))
  return groups.map((g) => {
    if (activeConditions.length && g.condition && !activeConditions.includes(g.condition) && !baselines.has(g.condition)) return 'hidden'
    if (activeDrugs.size === 0) return 'shown'
    if (!g.agents.every((a) => activeDrugs.has(a))) return 'hidden'
    return g.agents.length === activeDrugs.size ? 'emphasised' : 'shown'
  })
}

/** "Drugs on: palbociclib, everolimus · Conditions on: S6K1 amplified", names where known, for captions and exports. */
export function selectionText(sel: Selection, agentName: (id: AgentId) => string, conditionLabel: (id: ConditionId) => string): string {
  const parts = [
    sel.drugs.length ? `Drugs on: ${sel.drugs.map(agentName).join(', ')}` : 'No drug on',
    ...(sel.conditions.length ? [`Conditions on: ${sel.conditions.map(conditionLabel).join(', ')}`] : []),
  ]
  return parts.join(' · ')
}
