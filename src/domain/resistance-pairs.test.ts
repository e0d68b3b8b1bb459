import { describe, expect, it } from 'vitest'
import { descendsFrom, resistancePairs, type StudyContext } from './resistance-pairs'
import * as ids from '../test/ids'

// Ids deliberately say nothing (no "lr", "resist" or shared prefix): meaning must come from the fields.
const ctx: StudyContext = {
  models: [
    { id: ids.model('alpha') },
    { id: ids.model('beta'), parent: ids.model('gamma') },
    { id: ids.model('gamma'), parent: ids.model('alpha') },
    { id: ids.model('delta') },
  ],
  conditions: [
    { id: ids.condition('c1'), kind: 'parental' },
    { id: ids.condition('c2'), kind: 'resistant' },
    { id: ids.condition('c3'), kind: 'persister' },
  ],
}
const g = (id: string, model: string, condition: string, agents: string[] = ['d']) => ({
  id,
  label: id,
  model: ids.model(model),
  condition: ids.condition(condition),
  agents: ids.agents(...agents),
})

describe('descendsFrom (Model.parent)', () => {
  it('follows the parent chain, counts a model as its own ancestor, and stops on cycles', () => {
    expect(descendsFrom(ids.model('beta'), ids.model('alpha'), ctx)).toBe(true) // beta → gamma → alpha
    expect(descendsFrom(ids.model('alpha'), ids.model('alpha'), ctx)).toBe(true)
    expect(descendsFrom(ids.model('alpha'), ids.model('beta'), ctx)).toBe(false)
    expect(
      descendsFrom(ids.model('x'), ids.model('y'), {
        models: [
          { id: ids.model('x'), parent: ids.model('y2') },
          { id: ids.model('y2'), parent: ids.model('x') },
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
