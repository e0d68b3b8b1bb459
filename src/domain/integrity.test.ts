import { describe, expect, it } from 'vitest'
import { checkIntegrity, findBareNumbers } from './integrity'
import type { StudyBundle } from './schema/bundle'

const src = { study: 'demo2024', locator: 'Fig. 1A' }
const bundle = (over: Partial<StudyBundle> = {}): StudyBundle => ({
  study: {
    id: 'demo2024',
    citation: { authors: ['Doe J'], title: 'A demo study', journal: 'J Demo', year: 2024 },
    summary: 'A short made-up study used only to exercise the integrity checks in tests.',
    cancer: 'demo cancer',
    drugsResisted: ['drug-a'],
    mechanism: 'A demo mechanism in one line.',
    textKind: 'full-text',
    models: [{ id: 'line', name: 'Line', kind: 'cell-line', description: 'a line' }],
    conditions: [],
    agents: ['drug-a'],
    claims: [],
    steps: [],
    caveats: [],
  },
  evidence: [{ id: 'ic50', measure: 'IC50 of drug A', quantity: { value: 2.5, unit: 'µM', provenance: 'reported', source: src }, agents: ['drug-a'] }],
  series: [],
  phenotypes: [],
  pathway: { nodes: [{ id: 'n', label: 'N', type: 'kinase', evidence: [] }], edges: [], targets: [], bypassConditions: [] },
  ...over,
})
const catalogue = [{ id: 'drug-a', name: 'Drug A', class: 'other' as const, kind: 'small-molecule' as const, targets: ['X'], action: 'inhibits' as const }]

describe('integrity checks', () => {
  it('passes a consistent bundle', () => expect(checkIntegrity(bundle(), catalogue)).toEqual([]))

  it('names an unknown agent and a dangling evidence reference', () => {
    const b = bundle()
    b.study.claims = [{ id: 'c', title: 'Claim', text: 'A claim with a missing row.', evidence: ['nope'], series: [], nodes: [] }]
    b.evidence[0]!.agents = ['drug-z']
    expect(checkIntegrity(b, catalogue)).toEqual([
      'claim c: unknown evidence row "nope"',
      'evidence ic50: unknown agent (not in the catalogue) "drug-z"',
      'evidence ic50: unknown agent (not listed in study.agents) "drug-z"',
    ])
  })

  it('resolves every reference of a story step and counts the steps', () => {
    const b = bundle()
    b.study.claims = [{ id: 'c', title: 'Claim', text: 'A claim the steps show.', evidence: [], series: [], nodes: [] }]
    b.pathway.nodes.push({ id: 'growth', label: 'Growth', type: 'phenotype', evidence: [] })
    const step = (id: string, over: Partial<StudyBundle['study']['steps'][number]> = {}) => ({
      id,
      claim: 'c',
      title: 'A step',
      drugs: ['drug-a'],
      conditions: [],
      rescue: [],
      series: ['ic50-curve'],
      expect: { phenotype: 'growth', active: false, on: [], off: ['n'] },
      ...over,
    })
    b.series = [
      { id: 'ic50-curve', kind: 'dose-response', title: 'Viability', source: src, agent: 'drug-a', doseUnit: 'µM', response: 'viability', curves: [] },
    ]
    b.study.steps = [step('one'), step('two'), step('three')]
    expect(checkIntegrity(b, catalogue)).toEqual([])
    b.study.steps = [
      step('one', { claim: 'nope', drugs: ['drug-z'], rescue: ['drug-a'] }),
      step('two', { conditions: ['resistant'], series: ['gone'], expect: { phenotype: 'n', active: true, on: ['ghost'], off: [] } }),
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
    const series = (value: number): StudyBundle['series'] => [
      {
        id: 's',
        kind: 'dose-response',
        title: 'Viability',
        source: src,
        agent: 'drug-a',
        doseUnit: 'µM',
        response: 'viability',
        curves: [{ id: 'c', label: 'Line', agents: ['drug-a'], ic50: ic50(value) }],
      },
    ]
    expect(checkIntegrity(bundle({ series: series(2.5) }), catalogue)).toEqual([])
    expect(checkIntegrity(bundle({ series: series(3) }), catalogue)).toEqual([
      'series 0.curves.0.ic50.value: 3 is marked reported but no evidence row holds that value',
    ])
  })

  it('a volume reduction names comparator arms that exist in its series', () => {
    const reduction = { value: { value: 2.5, unit: '%', provenance: 'reported' as const, source: src }, versus: ['ctrl', 'vehicle'] }
    const series = [
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
    ]
    expect(checkIntegrity(bundle({ series }), catalogue)).toEqual(['series g/x reduction: unknown comparator arm "vehicle"'])
  })

  it('finds numbers that carry no provenance, but not citation fields', () => {
    expect(findBareNumbers({ citation: { year: 2024 }, a: { value: 1, provenance: 'reported' }, b: { count: 3 } })).toEqual(['b.count'])
  })
})
