import { describe, expect, it } from 'vitest'
import { buildDeck, caveatFigure, caveatPages, headlineStats, methodsRows, type CaveatSlide, type MethodsSlide, type StepSlide } from './deck'
import type { EvidenceRow } from './schema/evidence'
import type { Quantity } from './schema/provenance'
import type { Series } from './schema/series'
import { StudyMeta, type Caveat } from './schema/study'
import * as ids from '../test/ids'

const src = { study: 'demo2024', locator: 'Fig. 1A' }
const q = (value: number, extra: Partial<Quantity> = {}): Quantity => ({ value, unit: 'ratio', provenance: 'reported', source: src, ...extra }) as Quantity
const row = (id: string, quantity: Quantity, extra: Partial<EvidenceRow> = {}): EvidenceRow => ({
  id,
  measure: `measure ${id}`,
  quantity,
  agents: [],
  ...extra,
})

const growth = (id: string, arms: string[][]): Series =>
  ({
    id,
    kind: 'growth',
    title: `growth ${id}`,
    source: src,
    measure: 'volume',
    unit: 'mm³',
    arms: arms.map((agents, i) => ({
      id: `a${i}`,
      label: `arm ${i}`,
      agents,
      points: [
        { x: 0, y: 100, provenance: 'reported', source: src },
        { x: 7, y: 200 + i, provenance: 'reported', source: src },
      ],
      model: ids.model('pdx-1'),
    })),
  }) as Series

const expectOn = { phenotype: 'growth', active: true }
const study = StudyMeta.parse({
  id: 'demo2024',
  citation: { authors: ['Doe J'], title: 'A demo study of drug resistance', journal: 'J Demo', year: 2024 },
  summary: 'A made-up study used to check how slides are cut from a study record.',
  cancer: 'demo cancer',
  drugsResisted: ids.agents('drug-a'),
  mechanism: 'Pathway X bypasses drug A.',
  textKind: 'full-text',
  models: [
    { id: 'pdx-1', name: 'PDX one', kind: 'pdx', description: 'a graft' },
    { id: 'line-1', name: 'Line one', kind: 'cell-line', description: 'a line' },
  ],
  conditions: [{ id: 'res', label: 'Resistant', kind: 'resistant', description: 'resistant cells' }],
  agents: ids.agents('drug-a', 'drug-b'),
  claims: [
    {
      id: 'c1',
      title: 'Drug B rescues drug A',
      text: 'Adding drug B restores the response to drug A.',
      evidence: ['e1', 'e2', 'e3'],
      series: ['g1'],
      predict: 'What will B do?',
      notes: 'Say this.',
    },
    { id: 'c2', title: 'Drug A fails in resistant cells', text: 'Resistant cells keep growing on drug A.', evidence: [], series: ['g1'] },
  ],
  steps: [
    {
      id: 's1',
      claim: 'c2',
      title: 'Drug A alone fails',
      drugs: ids.agents('drug-a'),
      conditions: ids.conditions('res'),
      series: ['missing', 'g1'],
      expect: expectOn,
    },
    {
      id: 's2',
      claim: 'c1',
      title: 'Add drug B',
      drugs: ids.agents('drug-a', 'drug-b'),
      rescue: ids.agents('drug-b'),
      conditions: ids.conditions('res'),
      series: ['g1'],
      expect: { phenotype: 'growth', active: false },
    },
  ],
  caveats: [
    { id: 'k1', kind: 'limitation', title: 'One graft', text: 'Only one PDX was used here.', locations: ['Methods'] },
    {
      id: 'k2',
      kind: 'inconsistency',
      title: 'Two doses',
      text: 'The dose differs between text and legend.',
      locations: ['Results', 'Fig. 2A legend'],
      evidence: ['e2'],
    },
    { id: 'k3', kind: 'derived-vs-reported', title: 'HR mismatch', text: 'The medians imply another HR.', locations: ['Fig. 1A'], evidence: ['e3'] },
    { id: 'k4', kind: 'ambiguity', title: 'Unclear n', text: 'The n is not stated anywhere.', locations: ['Supplementary Fig. S3'] },
    { id: 'k5', kind: 'ambiguity', title: 'Unclear panel', text: 'Which panel is meant is not clear.', locations: ['Fig. 1B'] },
  ],
})

describe('caveatFigure', () => {
  it('names the first figure a location mentions, supplementary apart, else the text', () => {
    expect(caveatFigure({ locations: ['Results', 'Fig. 6G legend'] })).toBe('Fig. 6')
    expect(caveatFigure({ locations: ['Supplementary Fig. S4B legend'] })).toBe('Suppl. Fig. S4')
    expect(caveatFigure({ locations: ['Supplementary Table S2', 'Methods'] })).toBe('Text')
  })
})

describe('caveatPages', () => {
  it('groups by figure in figure order, most pointed first, within the page budget; the rest goes to the notes', () => {
    // Order: Fig. 1 (k3 derived, k5 ambiguity), Fig. 2 (k2), Suppl. S3 (k4), Text (k1); 2 per page, 2 pages → k1 left over.
    const { pages, rest } = caveatPages(study.caveats as Caveat[], 2, 2)
    expect(pages.map((p) => p.map((g) => [g.figure, g.caveats.map((c) => c.id)]))).toEqual([
      [['Fig. 1', ['k3', 'k5']]],
      [
        ['Fig. 2', ['k2']],
        ['Suppl. Fig. S3', ['k4']],
      ],
    ])
    expect(rest.map((c) => c.id)).toEqual(['k1'])
  })
})

describe('headlineStats', () => {
  it('ranks rows with P or CI first, then rows with n, else curated order, and keeps the rest for the notes', () => {
    const rows = [row('plain', q(1)), row('n', q(2, { n: 9 })), row('p', q(3, { p: { relation: '=', value: 0.01 } })), row('plain2', q(4))]
    const { stats, more } = headlineStats(rows, 3)
    expect(stats.map((r) => r.id)).toEqual(['p', 'n', 'plain'])
    expect(more.map((r) => r.id)).toEqual(['plain2'])
  })
})

describe('methodsRows', () => {
  it('reads cohorts with n, model kinds, doses, read-outs and statistics from the data', () => {
    const ev = [
      row('n-mice', q(9, { unit: 'mice' }), { model: ids.model('pdx-1') }),
      row('dose-a', q(10, { unit: 'µM' }), { agents: ids.agents('drug-a') }),
      row('hr', q(3, { p: { relation: '<', value: 0.01 } }), { measure: 'hazard ratio (log-rank P)' }),
    ]
    const rows = methodsRows(study, [growth('g1', [[]])], ev, (id) => id.toUpperCase(), 4)
    const flat = rows.map((r) => [r.label, r.items.map((i) => i.text)])
    expect(flat).toEqual([
      ['Cohorts, n', ['PDX one']],
      ['PDX', ['PDX one']],
      ['Cell lines', ['Line one']],
      ['Doses', ['DRUG-A 10 µM']],
      ['Read-outs', ['tumour volume']],
      ['Statistics', ['log-rank', 'hazard ratio', '1 P value, 0 intervals stated']],
    ])
    expect(rows[0]!.items[0]!.value?.id).toBe('n-mice')
  })
})

describe('buildDeck', () => {
  const evidence = [row('e1', q(9, { n: 9 })), row('e2', q(0.63)), row('e3', q(3, { ci: { lower: 1, upper: 8.8, level: 0.95 } }))]
  const deck = buildDeck(
    { study, series: [growth('g1', [[], ['drug-a'], ['drug-a', 'drug-b']])], evidence, agentName: (id) => id.toUpperCase() },
    { caveatsPerSlide: 3 },
  )

  it('orders title → methods → one slide per step → caveats (at most two) → take-home', () => {
    expect(deck.slides.map((s) => s.id)).toEqual(['title', 'methods', 'step-s1', 'step-s2', 'caveats-1', 'caveats-2', 'takeaway'])
    expect((deck.slides[1] as MethodsSlide).rows.length).toBeGreaterThan(0)
    expect((deck.slides[5] as CaveatSlide).more).toBe(0)
  })

  it('a step slide carries its claim, key figure (first known series), stats and the rescue build as before/after selections', () => {
    const s1 = deck.slides[2] as StepSlide
    expect(s1.figure?.id).toBe('g1')
    expect(s1.rescue).toBeUndefined()
    expect(s1.selections.before).toEqual(s1.selections.after)
    const s2 = deck.slides[3] as StepSlide
    expect(s2.claim.id).toBe('c1')
    expect(s2.number).toBe(2)
    expect(s2.rescue).toBe('DRUG-B')
    expect(s2.selections.before).toEqual({ drugs: ids.agents('drug-a'), conditions: ids.conditions('res') })
    expect(s2.selections.after).toEqual({ drugs: ids.agents('drug-a', 'drug-b'), conditions: ids.conditions('res') })
    expect(s2.stats.map((r) => r.id)).toEqual(['e3', 'e1'])
    expect(s2.predict).toBe('What will B do?')
    expect(s2.notes).toMatch(
      /^Say this\.\n\nNumbers: measure e3 — 3, 95% CI 1 to 8\.8 \(reported, Fig\. 1A\); measure e1 — 9 \(reported, Fig\. 1A\)\.\n\nBuild: the slide opens without DRUG-B/,
    )
    expect(s2.notes).toContain('More numbers: measure e2.')
  })

  it('the take-home lists the steps and counts issues and limitations', () => {
    expect(deck.slides.at(-1)).toMatchObject({
      kind: 'takeaway',
      points: ['Drug A alone fails', 'Add drug B'],
      caution: '4 places where the text disagrees with itself or is unclear; 1 thing it does not show.',
    })
  })

  it('a step naming an unknown claim fails loudly', () => {
    const bad = { ...study, steps: [{ ...study.steps[0]!, claim: 'nope' }] }
    expect(() => buildDeck({ study: bad, series: [], evidence: [] })).toThrow(/unknown claim "nope"/)
  })
})
