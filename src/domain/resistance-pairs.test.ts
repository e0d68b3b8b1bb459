import { describe, expect, it } from 'vitest'
import { descendsFrom, resistancePairs, type StudyContext } from './resistance-pairs'

// Ids deliberately say nothing (no "lr", "resist" or shared prefix): meaning must come from the fields.
const ctx: StudyContext = {
  models: [{ id: 'alpha' }, { id: 'beta', parent: 'gamma' }, { id: 'gamma', parent: 'alpha' }, { id: 'delta' }],
  conditions: [
    { id: 'c1', kind: 'parental' },
    { id: 'c2', kind: 'resistant' },
    { id: 'c3', kind: 'persister' },
  ],
}
const g = (id: string, model: string, condition: string, agents: string[] = ['d']) => ({ id, label: id, model, condition, agents })

describe('descendsFrom (Model.parent)', () => {
  it('follows the parent chain, counts a model as its own ancestor, and stops on cycles', () => {
    expect(descendsFrom('beta', 'alpha', ctx)).toBe(true) // beta → gamma → alpha
    expect(descendsFrom('alpha', 'alpha', ctx)).toBe(true)
    expect(descendsFrom('alpha', 'beta', ctx)).toBe(false)
    expect(
      descendsFrom('x', 'y', {
        models: [
          { id: 'x', parent: 'y2' },
          { id: 'y2', parent: 'x' },
        ],
        conditions: [],
      }),
    ).toBe(false)
  })
})

describe('resistancePairs (Condition.kind and Model.parent)', () => {
  it('pairs a resistant group with the parental group of its ancestor model under the same agents', () => {
    const groups = [g('p', 'alpha', 'c1'), g('r', 'beta', 'c2'), g('r-combo', 'beta', 'c2', ['d', 'e']), g('other', 'delta', 'c2'), g('pers', 'beta', 'c3')]
    expect(resistancePairs(groups, ctx).map(([r, p]) => [r.id, p.id])).toEqual([['r', 'p']])
  })

  it('pairs nothing without the study context (ids alone carry no meaning)', () => {
    expect(resistancePairs([g('p', 'alpha', 'parental'), g('r', 'alpha-lr', 'resistant')], { models: [], conditions: [] })).toEqual([])
  })
})
