import { describe, expect, it } from 'vitest'
import { quantityText, readingText, valueText } from '../format'
import { describeIssues } from '../validation'
import { EvidenceRow } from './evidence'
import { PathwayEdge, PathwayNode } from './pathway'
import { PhenotypeCall } from './phenotype'
import { Quantity } from './provenance'
import { GrowthSeries } from './series'

const src = { study: 'mo2022', locator: 'Methods' }
const problems = (schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, x: unknown) => {
  const r = schema.safeParse(x)
  return r.success ? [] : describeIssues(r.error as never, 'x')
}
const q = (extra: object) => ({ value: 2, unit: 'days', provenance: 'reported', source: src, ...extra })

describe('Quantity: ≥ and ≤ bounds', () => {
  it('accepts all five qualifiers and prints them before the value', () => {
    for (const qualifier of ['<', '>', '≤', '≥', '≈']) expect(problems(Quantity, q({ qualifier }))).toEqual([])
    expect(valueText(Quantity.parse({ value: 150, unit: 'mm³', qualifier: '≥', provenance: 'reported', source: src }))).toBe('≥150 mm³')
  })
  it('rejects a qualifier the schema does not know', () => {
    expect(problems(Quantity, q({ qualifier: '>=' }))).toEqual([expect.stringMatching(/^x: qualifier: Invalid option/)])
  })
})

describe('Quantity: a printed range', () => {
  it('"every 2–3 days" is stored with both ends and shown as printed', () => {
    const medium = Quantity.parse(q({ range: { lower: 2, upper: 3 } }))
    expect(quantityText(medium)).toBe('2–3 days')
    expect(valueText({ ...medium, qualifier: '≈', value: 80, unit: 'mm³', range: { lower: 80, upper: 120 } })).toBe('≈80–120 mm³')
  })
  it('the value must lie inside its range, and the range must run upwards', () => {
    expect(problems(Quantity, q({ value: 5, range: { lower: 2, upper: 3 } }))).toEqual(['x: value: value 5 lies outside its range 2–3'])
    expect(problems(Quantity, q({ range: { lower: 3, upper: 2 } }))).toEqual([
      'x: range: a range needs lower < upper',
      'x: value: value 2 lies outside its range 3–2',
    ])
  })
})

describe('Quantity: the form as printed versus the value as read', () => {
  const cases = {
    value: 272400,
    unit: 'cases per year',
    printed: '272,4000',
    interpretation: { value: 272400, reason: 'the digit grouping is malformed' },
    provenance: 'reported',
    source: src,
  }
  it('keeps the printed text as reported and shows the reading as the curator’s', () => {
    const parsed = Quantity.parse(cases)
    expect(readingText(parsed)).toBe('printed "272,4000"; read as 272400 cases per year (curator\'s reading: the digit grouping is malformed)')
    expect(quantityText(parsed)).toMatch(/^printed "272,4000"; read as 272400/)
  })
  it('an interpretation needs the printed form, and value must be the reading', () => {
    expect(problems(Quantity, { ...cases, printed: undefined })).toEqual(['x: interpretation: an interpretation reads a printed form: give `printed` too'])
    expect(problems(Quantity, { ...cases, value: 2724000 })).toEqual([
      expect.stringMatching(/^x: value: value must equal the interpretation's value \(272400\)/),
    ])
  })
  it('a reason is required, so a reading never stands unexplained', () => {
    expect(problems(Quantity, { ...cases, interpretation: { value: 272400 } })).toEqual([expect.stringMatching(/^x: interpretation\.reason: /)])
  })
  it('printed alone (no repair) is shown as printed', () => {
    expect(
      readingText(Quantity.parse({ value: 4, unit: 'mice', printed: 'n = 4 or 5', range: { lower: 4, upper: 5 }, provenance: 'reported', source: src })),
    ).toBe('printed "n = 4 or 5"')
  })
})

describe('curator’s readings, weak calls and pathway support', () => {
  it('an evidence row and a phenotype call can carry the curator’s reading', () => {
    expect(
      problems(EvidenceRow, {
        id: 'p',
        measure: 'P for growth',
        quantity: { value: 0.021, unit: 'P value', provenance: 'reported', source: src },
        reading: 'probably against palbociclib alone',
      }),
    ).toEqual([])
    expect(
      problems(PhenotypeCall, { id: 'c', model: 'm', agents: ['a'], call: 'not-established', locator: 'Fig. 3B', reading: 'the text does not say which drug' }),
    ).toEqual([])
  })
  it('nodes and edges are shown or proposed; an edge can be inactive in the model', () => {
    expect(PathwayNode.parse({ id: 'era', label: 'ERα', type: 'transcription-factor', support: 'proposed' }).support).toBe('proposed')
    expect(PathwayEdge.parse({ id: 'g', from: 'a', to: 'b', type: 'inhibits', inactive: true }).inactive).toBe(true)
    expect(problems(PathwayEdge, { id: 'g', from: 'a', to: 'b', type: 'inhibits', support: 'suggested' })).toEqual([
      expect.stringMatching(/^x: support: Invalid option/),
    ])
  })
  it('a growth arm carries its n and a reported volume reduction against named arms', () => {
    const arm = {
      id: 'combo',
      label: 'Combo',
      agents: [],
      n: { value: 4, unit: 'mice', range: { lower: 4, upper: 5 }, provenance: 'reported', source: src },
      reduction: { value: { value: 70, unit: '%', provenance: 'reported', source: src }, versus: ['ctrl'] },
    }
    const series = {
      id: 'g',
      kind: 'growth',
      title: 'Growth',
      source: src,
      measure: 'volume',
      unit: 'mm³',
      arms: [{ id: 'ctrl', label: 'Control', agents: [] }, arm],
    }
    expect(problems(GrowthSeries, series)).toEqual([])
    expect(problems(GrowthSeries, { ...series, arms: [{ ...arm, reduction: { ...arm.reduction, versus: [] } }] })).toEqual([
      expect.stringMatching(/^x: arms\[0\]\.reduction\.versus: /),
    ])
  })
})
