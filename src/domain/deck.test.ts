import { describe, expect, it } from 'vitest'
import { buildDeck, headlineStats, slideDrugs, type ClaimSlide } from './deck'
import type { EvidenceRow } from './schema/evidence'
import type { Quantity } from './schema/provenance'
import type { Series } from './schema/series'
import { StudyMeta } from './schema/study'

const src = { study: 'demo2024', locator: 'Fig. 1A' }
const q = (value: number, extra: Partial<Quantity> = {}): Quantity => ({ value, unit: 'ratio', provenance: 'reported', source: src, ...extra }) as Quantity
const row = (id: string, quantity: Quantity): EvidenceRow => ({ id, measure: `measure ${id}`, quantity, agents: [] })

const growth = (id: string, arms: string[][]): Series =>
  ({ id, kind: 'growth', title: `growth ${id}`, source: src, measure: 'volume', unit: 'mm³', arms: arms.map((agents, i) => ({ id: `a${i}`, label: `arm ${i}`, agents, points: [], model: 'pdx-1' })) }) as Series

const study = StudyMeta.parse({
  id: 'demo2024',
  citation: { authors: ['Doe J'], title: 'A demo study of drug resistance', journal: 'J Demo', year: 2024 },
  summary: 'A made-up study used to check how slides are cut from a study record.',
  cancer: 'demo cancer',
  drugsResisted: ['drug-a'],
  mechanism: 'Pathway X bypasses drug A.',
  textKind: 'full-text',
  models: [{ id: 'pdx-1', name: 'PDX one', kind: 'pdx', description: 'a graft' }],
  agents: ['drug-a', 'drug-b'],
  claims: [
    { id: 'c1', title: 'Drug B rescues drug A', text: 'Adding drug B restores the response to drug A.', evidence: ['e1', 'e2', 'e3'], series: ['g1', 'missing'], predict: 'What will B do?', notes: 'Say this.' },
    { id: 'c2', title: 'Untreated observation', text: 'Something measured without any drug.', evidence: [], series: [] },
  ],
  caveats: [
    { id: 'k1', kind: 'limitation', title: 'One graft', text: 'Only one PDX was used here.', locations: ['Methods'] },
    { id: 'k2', kind: 'inconsistency', title: 'Two doses', text: 'The dose differs between text and legend.', locations: ['Results', 'Fig. 1A'], evidence: ['e2'] },
    { id: 'k3', kind: 'derived-vs-reported', title: 'HR mismatch', text: 'The medians imply another HR.', locations: ['Fig. 1A'], evidence: ['e3'] },
    { id: 'k4', kind: 'ambiguity', title: 'Unclear n', text: 'The n is not stated anywhere.', locations: ['Fig. 1B'] },
  ],
})

describe('slideDrugs', () => {
  it('picks the most frequent combination with the resisted drug; base = resisted part, added = partners', () => {
    // Groups: [], [a], [a,b], [a,b], [a,c] → combos with a: a+b twice, a+c once → base [a], added [b].
    const s = [growth('g1', [[], ['drug-a'], ['drug-a', 'drug-b']]), growth('g2', [['drug-b', 'drug-a'], ['drug-a', 'drug-c']])]
    expect(slideDrugs(s, ['drug-a'])).toEqual({ base: ['drug-a'], added: ['drug-b'] })
  })
  it('breaks a tie by first seen', () => {
    expect(slideDrugs([growth('g', [['drug-a', 'drug-c'], ['drug-a', 'drug-b']])], ['drug-a'])).toEqual({ base: ['drug-a'], added: ['drug-c'] })
  })
  it('without a combination adds the most frequent treated group; untreated series give nothing', () => {
    // [x] twice, [y] once → added [x].
    expect(slideDrugs([growth('g', [['x'], ['y'], ['x']])], ['drug-a'])).toEqual({ base: [], added: ['x'] })
    expect(slideDrugs([growth('g', [[], []])], ['drug-a'])).toBeUndefined()
  })
})

describe('headlineStats', () => {
  it('ranks rows with P or CI first, then rows with n, else curated order, and keeps the rest for the notes', () => {
    const rows = [row('plain', q(1)), row('n', q(2, { n: 9 })), row('p', q(3, { p: { relation: '=', value: 0.01 } })), row('plain2', q(4))]
    // ranks: plain 0, n 1, p 2, plain2 0 → p, n, plain | plain2
    const { stats, more } = headlineStats(rows, 3)
    expect(stats.map((r) => r.id)).toEqual(['p', 'n', 'plain'])
    expect(more.map((r) => r.id)).toEqual(['plain2'])
  })
})

describe('buildDeck', () => {
  const evidence = [row('e1', q(9, { n: 9 })), row('e2', q(0.63)), row('e3', q(3, { ci: { lower: 1, upper: 8.8, level: 0.95 } }))]
  const deck = buildDeck({ study, series: [growth('g1', [[], ['drug-a'], ['drug-a', 'drug-b']])], evidence, agentName: (id) => id.toUpperCase() }, { statsPerSlide: 2, caveatsPerSlide: 2 })

  it('orders title → claims → caveats → limits → take-home', () => {
    // 1 title + 2 claims + 3 non-limitation caveats in pages of 2 (2 slides) + 1 limitation page + 1 take-home = 7.
    expect(deck.slides.map((s) => s.id)).toEqual(['title', 'claim-c1', 'claim-c2', 'issues-1', 'issues-2', 'limits-1', 'takeaway'])
    expect(deck.slides[0]!.heading).toBe('A demo study of drug resistance')
    expect(deck.slides[3]!.heading).toBe('Caveats: where the text disagrees or is unclear (1 of 2)')
    expect(deck.slides[5]!.heading).toBe('What the paper does not show')
  })

  it('a claim slide carries its series (unknown ids skipped), headline numbers, set-up, drug state and related caveats', () => {
    const c1 = deck.slides[1] as ClaimSlide
    expect(c1.number).toBe(1)
    expect(c1.series.map((s) => s.id)).toEqual(['g1'])
    expect(c1.stats.map((r) => r.id)).toEqual(['e3', 'e1'])
    expect(c1.moreStats.map((r) => r.id)).toEqual(['e2'])
    expect(c1.setup).toEqual({ models: ['PDX one'], agents: ['DRUG-A', 'DRUG-B'], measured: ['tumour volume'] })
    expect(c1.drugs).toEqual({ base: ['drug-a'], added: ['drug-b'] })
    // k3 (derived-vs-reported) sorts before k2 (inconsistency).
    expect(c1.caveats.map((k) => k.id)).toEqual(['k3', 'k2'])
    expect(c1.predict).toBe('What will B do?')
    expect(c1.notes).toBe('Say this.\n\nCaveat — HR mismatch: The medians imply another HR.\n\nCaveat — Two doses: The dose differs between text and legend.\n\nAlso in the evidence: measure e2.')
  })

  it('a claim without notes falls back to its text and has no drug state or question', () => {
    const c2 = deck.slides[2] as ClaimSlide
    expect(c2.notes).toBe('Something measured without any drug.')
    expect(c2.drugs).toBeUndefined()
    expect(c2.predict).toBeUndefined()
  })

  it('the take-home counts issues and limitations', () => {
    const last = deck.slides.at(-1)
    expect(last).toMatchObject({ kind: 'takeaway', points: ['Drug B rescues drug A', 'Untreated observation'], caution: '3 places where the text disagrees with itself or is unclear; 1 thing it does not show.' })
  })

  it('slide ids are unique', () => {
    const ids = deck.slides.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
