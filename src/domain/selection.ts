/** What a plotted group belongs to (arm, curve, bar). */
export interface Membership {
  model?: string | undefined
  condition?: string | undefined
  agents: readonly string[]
}

/** How a group shows under the current toggles. */
export type Visibility = 'hidden' | 'shown' | 'emphasised'

/** The toggles that select groups. */
export interface Selection {
  drugs: readonly string[]
  conditions: readonly string[]
}

/**
 * Toggle semantics, shared by every chart:
 * - conditions: when any condition of this set of groups is switched on, groups in other conditions hide;
 * - drugs: when any drug the groups use is on, a group shows if all its agents are on (vehicle always shows),
 *   and is emphasised when its agents are exactly the active ones. With no relevant drug on, all show.
 */
export function visibilities(groups: readonly Membership[], sel: Selection): Visibility[] {
  const groupConditions = new Set(groups.map((g) => g.condition).filter(Boolean))
  const activeConditions = sel.conditions.filter((c) => groupConditions.has(c))
  const groupAgents = new Set(groups.flatMap((g) => g.agents))
  const activeDrugs = new Set(sel.drugs.filter((d) => groupAgents.has(d)))
  return groups.map((g) => {
    if (activeConditions.length && g.condition && !activeConditions.includes(g.condition)) return 'hidden'
    if (activeDrugs.size === 0) return 'shown'
    if (!g.agents.every((a) => activeDrugs.has(a))) return 'hidden'
    return g.agents.length === activeDrugs.size ? 'emphasised' : 'shown'
  })
}
