import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMockFiles } from '../../scripts/mock-files'
import { buildMatrix, filterMatrix, matrixStudy, NO_FILTER } from './phenotype-matrix'
import { Agent } from './schema/agent'
import { Pathway } from './schema/pathway'
import { Phenotypes } from './schema/phenotype'
import { StudyMeta } from './schema/study'
import { buildSearchIndex, queryTokens, search, symbolsOf, type StudyDetail } from './search'
import { agent } from '../test/ids'

const PALBO = agent('palbociclib')

// The real curated data, parsed with the schemas, so the expectations follow the data rather than a copy of it.
const files = readMockFiles(join(__dirname, '../../mock-data'))
const ids = Object.keys(files)
  .filter((k) => k.endsWith('/study.json') && !k.startsWith('agents/'))
  .map((k) => k.split('/')[0]!)
  .sort()
const metas = ids.map((id) => StudyMeta.parse(files[`${id}/study.json`]))
const calls = new Map(ids.map((id) => [id, Phenotypes.parse(files[`${id}/phenotypes.json`])]))
const agents = Object.entries(files)
  .filter(([k]) => k.startsWith('agents/'))
  .map(([, v]) => Agent.parse(v))
const details: StudyDetail[] = metas.map((m) => ({ id: m.id, meta: m, nodes: Pathway.parse(files[`${m.id}/pathway.json`]).nodes }))
const matrix = buildMatrix(
  metas.map((m) => matrixStudy(m, calls.get(m.id)!)),
  agents,
)
const index = buildSearchIndex(agents, matrix, details)
const agentHits = (q: string) =>
  search(index, q)
    .hits.filter((h) => h.kind === 'agent' && h.score >= 40)
    .map((h) => h.id)

describe('search over meaning', () => {
  it('"palbociclib" keeps every row where palbociclib was tested, alone or in a combination (expected set from phenotypes.json)', () => {
    const expected = new Set(
      ids.flatMap((id) =>
        calls
          .get(id)!
          .filter((p) => p.agents.includes(PALBO))
          .map((p) => `${id}|${p.model}|${p.condition ?? ''}`),
      ),
    )
    expect(expected.size).toBeGreaterThan(10)
    const slice = filterMatrix(matrix, { ...NO_FILTER, query: 'palbociclib' }, search(index, 'palbociclib').match)
    expect(new Set(slice.rows.map((r) => r.key))).toEqual(expected)
    // Every column shown holds palbociclib, and every palbociclib combination is there.
    const combos = new Set(
      ids.flatMap((id) =>
        calls
          .get(id)!
          .filter((p) => p.agents.includes(PALBO))
          .map((p) => [...p.agents].sort().join('+')),
      ),
    )
    expect(new Set(slice.columns.map((c) => c.key))).toEqual(combos)
  })

  it('"mTOR inhibitor" finds everolimus and rapamycin, and says why', () => {
    expect(agentHits('mTOR inhibitor').sort()).toEqual(['everolimus', 'rapamycin'])
    const eve = search(index, 'mTOR inhibitor').hits.find((h) => h.id === 'everolimus')!
    expect(eve.why).toMatch(/acts on MTOR/)
    expect(eve.why).toMatch(/inhibits/)
  })

  it('"HER3" finds the siRNA, the pan-HER inhibitor (it acts on ERBB3) and the node', () => {
    const res = search(index, 'HER3')
    expect(agentHits('HER3')).toEqual(expect.arrayContaining(['sirna-her3', 'pan-her-inhibitor']))
    expect(res.hits[0]).toMatchObject({ kind: 'agent', id: 'sirna-her3' })
    expect(res.hits.find((h) => h.kind === 'node')).toMatchObject({ id: 'ERBB3', label: 'HER3 (ERBB3)' })
    expect(res.hits.find((h) => h.id === 'pan-her-inhibitor')?.why).toMatch(/acts on ERBB3 \/ HER3/)
  })

  it('"pan-HER" finds the pan-HER inhibitors by name and by class', () => {
    const hits = agentHits('pan-HER')
    expect(hits[0]).toBe('pan-her-inhibitor')
    for (const id of hits) expect(agents.find((a) => a.id === id)!.class).toBe('her-tki')
    expect(hits.length).toBeGreaterThan(1)
  })

  it('"restore" asks for the re-sensitised cells of every study', () => {
    const res = search(index, 'restore')
    expect([...res.match.calls]).toEqual(['resensitised'])
    const slice = filterMatrix(matrix, NO_FILTER, res.match)
    const studies = new Set(slice.rows.map((r) => r.study))
    expect(studies).toEqual(new Set(ids.filter((id) => calls.get(id)!.some((p) => p.call === 'resensitised'))))
  })

  it('a model matches by name; words in a study title do not pull in all of its rows', () => {
    const res = search(index, 'H3122LR')
    expect(res.hits[0]).toMatchObject({ kind: 'model', label: 'H3122LR', study: 'taniguchi2023' })
    expect(filterMatrix(matrix, NO_FILTER, res.match).rows.every((r) => r.modelName === 'H3122LR')).toBe(true)
  })

  it('claims and caveats are searched, ranked below agents', () => {
    const res = search(index, 'NRF2')
    const kinds = res.hits.map((h) => h.kind)
    expect(kinds.indexOf('agent')).toBeLessThan(kinds.indexOf('claim'))
    expect(res.hits.some((h) => h.kind === 'node' && h.id === 'NFE2L2')).toBe(true)
  })

  it('nothing found matches nothing', () => {
    const res = search(index, 'zzzz qqqq')
    expect(res.hits).toEqual([])
    expect(filterMatrix(matrix, NO_FILTER, res.match).rows).toEqual([])
  })

  it('tokens drop plurals; node symbols expand', () => {
    expect(queryTokens('mTOR inhibitors')).toEqual(['mtor', 'inhibitor'])
    expect(symbolsOf('CDK4/6')).toEqual(['CDK4', 'CDK6'])
    expect(symbolsOf('CXCR1/2')).toEqual(['CXCR1', 'CXCR2'])
  })
})
