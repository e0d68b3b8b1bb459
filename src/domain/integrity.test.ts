import { describe, expect, it } from 'vitest'
import { checkIntegrity, findBareNumbers } from './integrity'
import type { z } from 'zod'
import { Catalogue, StudyBundle } from './schema/bundle'
import { SeriesList } from './schema/series'
import { Step } from './schema/study'
import * as ids from '../test/ids'

const src = { study: ids.study('demo2024'), locator: 'Fig. 1A' }
const bundle = (over: Partial<StudyBundle> = {}): StudyBundle =>
  StudyBundle.parse({
    study: {
      id: 'demo2024',
      citation: { authors: ['Doe J'], title: 'A demo study', journal: 'J Demo', year: 2024 },
      summary: 'A short made-up study used only to exercise the integrity checks in tests.',
      cancer: 'demo cancer',
      drugsResisted: ids.agents('drug-a'),
      mechanism: 'A demo mechanism in one line.',
      textKind: 'full-text',
      models: [{ id: 'line', name: 'Line', kind: 'cell-line', description: 'a line' }],
      conditions: [],
      agents: ids.agents('drug-a'),
      claims: [],
      steps: [],
      caveats: [],
    },
    evidence: [
      { id: 'ic50', measure: 'IC50 of drug A', quantity: { value: 2.5, unit: 'µM', provenance: 'reported', source: src }, agents: ids.agents('drug-a') },
    ],
    series: [],
    phenotypes: [],
    pathway: { nodes: [{ id: 'n', label: 'N', type: 'kinase', evidence: [] }], edges: [], targets: [], bypassConditions: [] },
    ...over,
  })
const catalogue = Catalogue.parse([{ id: 'drug-a', name: 'Drug A', class: 'other', kind: 'small-molecule', targets: ['X'], action: 'inhibits' }])

describe('integrity checks', () => {
  it('passes a consistent bundle', () => expect(checkIntegrity(bundle(), catalogue)).toEqual([]))

  it('names an unknown agent and a dangling evidence reference', () => {
    const b = bundle()
    b.study.claims = [{ id: 'c', title: 'Claim', text: 'A claim with a missing row.', evidence: ['nope'], series: [], nodes: [] }]
    b.evidence[0]!.agents = ids.agents('drug-z')
    expect(checkIntegrity(b, catalogue)).toEqual([
      'claim c: unknown evidence row "nope"',
      'evidence ic50: unknown agent (not in the catalogue) "drug-z"',
      'evidence ic50: unknown agent (not listed in study.agents) "drug-z"',
    ])
  })

  it('resolves every reference of a story step and counts the steps', () => {
    const b = bundle()
    b.study.claims = [{ id: 'c', title: 'Claim', text: 'A claim the steps show.', evidence: [], series: [], nodes: [] }]
    b.pathway.nodes.push({ id: ids.node('growth'), label: 'Growth', type: 'phenotype', evidence: [] })
    const step = (id: string, over: Partial<z.input<typeof Step>> = {}) =>
      Step.parse({
        id,
        claim: 'c',
        title: 'A step',
        drugs: ids.agents('drug-a'),
        conditions: [],
        rescue: [],
        series: ['ic50-curve'],
        expect: { phenotype: 'growth', active: false, on: [], off: ['n'] },
        ...over,
      })
    b.series = SeriesList.parse([
      {
        id: 'ic50-curve',
        kind: 'dose-response',
        title: 'Viability',
        source: src,
        agent: 'drug-a',
        doseUnit: 'µM',
        response: 'viability',
        curves: [{ id: 'c', label: 'Line', agents: ['drug-a'] }],
      },
    ])
    b.study.steps = [step('one'), step('two'), step('three')]
    expect(checkIntegrity(b, catalogue)).toEqual([])
    b.study.steps = [
      step('one', { claim: 'nope', drugs: ids.agents('drug-z'), rescue: ids.agents('drug-a') }),
      step('two', { conditions: ids.conditions('resistant'), series: ['gone'], expect: { phenotype: 'n', active: true, on: ['ghost'], off: [] } }),
    ]
    expect(checkIntegrity(b, catalogue)).toEqual([
      'study.steps: 2 steps; a story has 3–7',
      'step one: unknown claim "nope"',
      'step one: unknown agent (not in the catalogue) "drug-z"',
      'step one: unknown agent (not listed in study.agents) "drug-z"',
      'step one: rescue drug "drug-a" is not among its drugs',
      'step two: unknown condition "resistant"',
      'step two: unknown series "gone"',
      'step two: expect.phenotype "n" is not a phenotype node',
      'step two expect: unknown pathway node "ghost"',
    ])
  })

  it('refuses a plotted value marked reported that the evidence table does not hold', () => {
    const ic50 = (value: number) => ({ value, unit: 'µM', provenance: 'reported' as const, source: src })
    const series = (value: number): StudyBundle['series'] =>
      SeriesList.parse([
        {
          id: 's',
          kind: 'dose-response',
          title: 'Viability',
          source: src,
          agent: ids.agent('drug-a'),
          doseUnit: 'µM',
          response: 'viability',
          curves: [{ id: 'c', label: 'Line', agents: ids.agents('drug-a'), ic50: ic50(value) }],
        },
      ])
    expect(checkIntegrity(bundle({ series: series(2.5) }), catalogue)).toEqual([])
    expect(checkIntegrity(bundle({ series: series(3) }), catalogue)).toEqual([
      'series 0.curves.0.ic50.value: 3 is marked reported but no evidence row holds that value',
    ])
  })

  it('a volume reduction names comparator arms that exist in its series', () => {
    const reduction = { value: { value: 2.5, unit: '%', provenance: 'reported' as const, source: src }, versus: ['ctrl', 'vehicle'] }
    const series = SeriesList.parse([
      {
        id: 'g',
        kind: 'growth' as const,
        title: 'Growth',
        source: src,
        measure: 'volume' as const,
        unit: 'mm³',
        arms: [
          { id: 'ctrl', label: 'Control', agents: [], points: [] },
          { id: 'x', label: 'X', agents: [], points: [], reduction },
        ],
      },
    ])
    expect(checkIntegrity(bundle({ series }), catalogue)).toEqual(['series g/x reduction: unknown comparator arm "vehicle"'])
  })

  it('finds numbers that carry no provenance, but not citation fields', () => {
    expect(findBareNumbers({ citation: { year: 2024 }, a: { value: 1, provenance: 'reported' }, b: { count: 3 } })).toEqual(['b.count'])
  })
})
