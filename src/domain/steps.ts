import type { StudyMeta, Step } from './schema/study'
import type { Selection } from './selection'

/** What stepping to a step sets in the store, in one move. */
export interface StepSelections {
  /** The step's full state: every drug (rescue included) and condition. */
  selection: Selection
  /** The state before the teaching moment: the step without its rescue drugs (equal to `selection` when it has none). */
  before: Selection
  /** After the rescue: the same as `selection`. */
  after: Selection
  /** Each rescue drug added on its own (rapamycin or everolimus), for a class named by one word in the paper. */
  alternatives: { drug: string; selection: Selection }[]
}

/** A study's step by id, or undefined (an unknown id from the URL is not an error here). */
export function findStep(study: Pick<StudyMeta, 'steps'>, id: string): Step | undefined {
  return study.steps.find((s) => s.id === id)
}

/**
 * The selections a step sets. Throws, naming the step, if it is not one of the study's steps or
 * refers to a drug or condition the study does not list, so a bad bundle fails loudly instead of
 * silently lighting the wrong pathway.
 */
export function stepSelections(study: Pick<StudyMeta, 'id' | 'steps' | 'agents' | 'conditions'>, step: Step): StepSelections {
  if (!study.steps.some((s) => s.id === step.id)) throw new Error(`step "${step.id}" is not a step of study ${study.id}`)
  const unknownDrugs = [...step.drugs, ...step.rescue].filter((d) => !study.agents.includes(d))
  const unknownConditions = step.conditions.filter((c) => !study.conditions.some((x) => x.id === c))
  const rescueOutside = step.rescue.filter((d) => !step.drugs.includes(d))
  const problems = [
    ...unknownDrugs.map((d) => `unknown drug "${d}"`),
    ...unknownConditions.map((c) => `unknown condition "${c}"`),
    ...rescueOutside.map((d) => `rescue drug "${d}" is not among the step's drugs`),
  ]
  if (problems.length) throw new Error(`step "${step.id}" of study ${study.id}: ${problems.join('; ')}`)
  const conditions = [...step.conditions]
  const base = step.drugs.filter((d) => !step.rescue.includes(d))
  const selection = { drugs: [...step.drugs], conditions }
  return {
    selection,
    before: { drugs: base, conditions: [...conditions] },
    after: { drugs: [...step.drugs], conditions: [...conditions] },
    alternatives: step.rescue.map((drug) => ({ drug, selection: { drugs: [...base, drug], conditions: [...conditions] } })),
  }
}
