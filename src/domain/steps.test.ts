import { describe, expect, it } from 'vitest'
import { Step, type StudyMeta } from './schema/study'
import { findStep, stepSelections } from './steps'
import * as ids from '../test/ids'

const step = (over: Partial<Step> = {}): Step =>
  Step.parse({
    id: 'mtor',
    claim: 'c',
    title: 'An mTOR inhibitor restores the response',
    drugs: ids.agents('palbociclib', 'everolimus', 'rapamycin'),
    conditions: ids.conditions('s6k1-amp'),
    rescue: ids.agents('everolimus', 'rapamycin'),
    series: ['pdo-shift', 'pdx-growth'],
    expect: { phenotype: 'prolif', active: false, on: [], off: [] },
    ...over,
  })
const mtor = step()
const plain = step({ id: 'plain', drugs: ids.agents('palbociclib'), rescue: [] })
const study: Pick<StudyMeta, 'id' | 'steps' | 'agents' | 'conditions'> = {
  id: ids.study('demo2024'),
  steps: [plain, mtor],
  agents: ids.agents('palbociclib', 'everolimus', 'rapamycin'),
  conditions: [{ id: ids.condition('s6k1-amp'), label: 'Amplified', kind: 'amplified', description: 'amplified' }],
}

describe('step selections', () => {
  it('sets every drug and condition at once, and splits off the rescue for the before/after pair', () => {
    expect(stepSelections(study, mtor)).toEqual({
      selection: { drugs: ids.agents('palbociclib', 'everolimus', 'rapamycin'), conditions: ids.conditions('s6k1-amp') },
      before: { drugs: ids.agents('palbociclib'), conditions: ids.conditions('s6k1-amp') },
      after: { drugs: ids.agents('palbociclib', 'everolimus', 'rapamycin'), conditions: ids.conditions('s6k1-amp') },
      alternatives: [
        { drug: 'everolimus', selection: { drugs: ids.agents('palbociclib', 'everolimus'), conditions: ids.conditions('s6k1-amp') } },
        { drug: 'rapamycin', selection: { drugs: ids.agents('palbociclib', 'rapamycin'), conditions: ids.conditions('s6k1-amp') } },
      ],
    })
  })

  it('a step without a rescue: before equals after, no alternatives', () => {
    const s = stepSelections(study, plain)
    expect(s.before).toEqual(s.after)
    expect(s.alternatives).toEqual([])
  })

  it('returns fresh arrays, so the store never shares the study data', () => {
    const s = stepSelections(study, mtor)
    expect(s.selection.drugs).not.toBe(mtor.drugs)
    expect(s.before.conditions).not.toBe(s.after.conditions)
  })

  it('refuses a step of another study or one naming unknown drugs and conditions, saying what is wrong', () => {
    expect(() => stepSelections(study, step({ id: 'elsewhere' }))).toThrow('step "elsewhere" is not a step of study demo2024')
    const bad = step({ id: 'bad', drugs: ids.agents('palbociclib', 'x'), conditions: ids.conditions('y'), rescue: ids.agents('rapamycin') })
    expect(() => stepSelections({ ...study, steps: [bad] }, bad)).toThrow(
      'step "bad" of study demo2024: unknown drug "x"; unknown condition "y"; rescue drug "rapamycin" is not among the step\'s drugs',
    )
  })

  it('finds a step by id, undefined for an unknown one', () => {
    expect(findStep(study, 'mtor')).toBe(mtor)
    expect(findStep(study, 'nope')).toBeUndefined()
  })
})
