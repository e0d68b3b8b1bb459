import type { Condition, Model, ModelId } from './schema/study'
import type { Group } from './series'

/** What a view needs of a study to read meaning from fields: models with their parents, conditions with their kinds. */
export interface StudyContext {
  models: readonly Pick<Model, 'id' | 'parent'>[]
  conditions: readonly Pick<Condition, 'id' | 'kind'>[]
}

/** No models and no conditions: nothing can be paired. */
export const EMPTY_CONTEXT: StudyContext = { models: [], conditions: [] }

/** Whether `model` is `ancestor` or was derived from it, following Model.parent (cycles stop the walk). */
export function descendsFrom(model: ModelId, ancestor: ModelId, ctx: StudyContext): boolean {
  const parent = new Map(ctx.models.map((m) => [m.id, m.parent]))
  const seen = new Set<ModelId>()
  for (let m: ModelId | undefined = model; m !== undefined && !seen.has(m); m = parent.get(m)) {
    if (m === ancestor) return true
    seen.add(m)
  }
  return false
}

const sameAgents = (a: Group, b: Group) => a.agents.length === b.agents.length && a.agents.every((x) => b.agents.includes(x))

/**
 * Pairs for a resistance index: each group in a condition of kind "resistant" with the first group in a
 * "parental" condition whose model it descends from (by Model.parent), under the same agents.
 */
export function resistancePairs<G extends Group>(groups: readonly G[], ctx: StudyContext): [resistant: G, parental: G][] {
  const kind = new Map(ctx.conditions.map((c) => [c.id, c.kind]))
  const out: [G, G][] = []
  for (const r of groups) {
    if (!r.condition || kind.get(r.condition) !== 'resistant' || !r.model) continue
    const p = groups.find(
      (x) => x !== r && x.condition && kind.get(x.condition) === 'parental' && x.model && descendsFrom(r.model!, x.model, ctx) && sameAgents(x, r),
    )
    if (p) out.push([r, p])
  }
  return out
}
