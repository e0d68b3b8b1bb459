import { describe, expect, it } from 'vitest'
import { describeIssues } from '../validation'
import { EvidenceRow } from './evidence'
import { Quantity } from './provenance'
import { SeriesList } from './series'

const src = { study: 'mo2022', locator: 'Fig. 3B' }
const problems = (schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, x: unknown, where = 'x') => {
  const r = schema.safeParse(x)
  return r.success ? [] : describeIssues(r.error as never, where)
}

describe('Quantity: no number without provenance and source', () => {
  it('accepts a reported value with CI and P', () => {
    expect(
      problems(Quantity, {
        value: 3,
        unit: 'ratio',
        ci: { lower: 1, upper: 8.8 },
        p: { relation: '=', value: 0.0072 },
        decimals: 1,
        provenance: 'reported',
        source: src,
      }),
    ).toEqual([])
  })
  it('rejects a bare number and a value without provenance', () => {
    expect(problems(Quantity, 3.9)).toEqual(['x: (root): Invalid input: expected object, received number'])
    expect(problems(Quantity, { value: 3.9, unit: 'months', source: src })).toEqual([expect.stringMatching(/^x: provenance: Invalid option/)])
  })
  it('rejects a reported value without a locator', () => {
    expect(problems(Quantity, { value: 1, unit: '%', provenance: 'reported', source: { study: 'mo2022', locator: '' } })).toEqual([
      'x: source.locator: a figure/panel or section is required',
    ])
  })
  it('a derived value must name its model and inputs; other kinds must not carry one', () => {
    expect(problems(Quantity, { value: 4, unit: 'ratio', provenance: 'derived', source: src })).toEqual([
      'x: derivation: a derived value needs derivation {model, inputs}',
    ])
    expect(
      problems(Quantity, { value: 4, unit: 'ratio', provenance: 'reported', source: src, derivation: { model: 'ratio of medians', inputs: ['a'] } }),
    ).toEqual(['x: derivation: only derived values carry a derivation (this one is reported)'])
  })
  it('an illustrative value cannot carry statistics', () => {
    expect(problems(Quantity, { value: 50, unit: '%', provenance: 'illustrative', source: src, p: { relation: '<', value: 0.05 } })).toEqual([
      'x: p: an illustrative value cannot carry statistics: it was not measured',
    ])
  })
  it('a digitized value names its tool and date', () => {
    expect(problems(Quantity, { value: 0.4, unit: 'proportion', provenance: 'digitized', source: src })).toEqual([
      'x: digitization: a digitized value needs digitization {tool, date}',
    ])
  })
  it('rejects unknown fields (strict), so typos cannot hide data', () => {
    expect(problems(Quantity, { value: 1, unit: '%', provenance: 'reported', source: src, vlaue: 2 })).toEqual([
      expect.stringMatching(/Unrecognized key: "vlaue"/),
    ])
  })
})

describe('documents name the exact path of a problem', () => {
  it('a survival arm whose median lacks provenance', () => {
    const series = [
      {
        id: 'pfs',
        kind: 'survival',
        title: 'PFS',
        source: src,
        endpoint: 'PFS',
        timeUnit: 'months',
        arms: [{ id: 'a', label: 'A', median: { value: 3.9, unit: 'months', source: src } }],
      },
    ]
    expect(problems(SeriesList, series, 'mo2022/series.json')).toEqual([expect.stringMatching(/^mo2022\/series\.json: \[0\]\.arms\[0\]\.median\.provenance: /)])
  })
  it('the evidence table refuses illustrative numbers', () => {
    expect(problems(EvidenceRow, { id: 'e', measure: 'a guess', quantity: { value: 2, unit: 'fold', provenance: 'illustrative', source: src } })).toEqual([
      'x: quantity.provenance: the evidence table holds reported (or derived) numbers only, never illustrative ones',
    ])
  })
})
