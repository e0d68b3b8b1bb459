import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMockFiles } from '../../scripts/mock-files'
import { answerFor, figureAnchor, nodesAcross, subjectFor } from './drug-answer'
import { buildMatrix, matrixStudy } from './phenotype-matrix'
import { Agent } from './schema/agent'
import { Pathway } from './schema/pathway'
import { Phenotypes } from './schema/phenotype'
import { StudyMeta } from './schema/study'
import type { StudyDetail } from './search'
import { agent } from '../test/ids'

const PALBO = agent('palbociclib')

const files = readMockFiles(join(__dirname, '../../mock-data'))
const ids = Object.keys(files)
  .filter((k) => k.endsWith('/study.json'))
  .map((k) => k.split('/')[0]!)
  .sort()
const metas = ids.map((id) => StudyMeta.parse(files[`${id}/study.json`]))
const calls = new Map(ids.map((id) => [id, Phenotypes.parse(files[`${id}/phenotypes.json`])]))
const agents = Object.entries(files)
  .filter(([k]) => k.startsWith('agents/'))
  .map(([, v]) => Agent.parse(v))
const details = new Map<string, StudyDetail>(metas.map((m) => [m.id, { id: m.id, meta: m, nodes: Pathway.parse(files[`${m.id}/pathway.json`]).nodes }]))
const matrix = buildMatrix(
  metas.map((m) => matrixStudy(m, calls.get(m.id)!)),
  agents,
)
const ask = (pick: { drug?: string; target?: string }) => answerFor(matrix, subjectFor(pick, agents, [...details.values()])!, agents, details)

describe('answerFor: who resists it, where it works, what restored it', () => {
  const palbo = ask({ drug: 'palbociclib' })

  it('groups by every study that tested palbociclib, and files every tested row exactly once', () => {
    const tested = ids.filter((id) => calls.get(id)!.some((p) => p.agents.includes(PALBO)))
    expect(palbo.map((a) => a.study)).toEqual(tested)
    for (const a of palbo) {
      const listed = [...a.restored, ...a.resists, ...a.works, ...a.partial].map((e) => `${e.row.key}/${e.column.key}`)
      const expected = calls
        .get(a.study)!
        .filter((p) => p.agents.includes(PALBO))
        .map((p) => `${a.study}|${p.model}|${p.condition ?? ''}/${[...p.agents].sort().join('+')}`)
      expect(new Set(listed)).toEqual(new Set(expected))
      expect(listed.length).toBe(new Set(listed).size)
    }
  })

  it('mo2022: an mTOR inhibitor restores palbociclib, linked to the step that shows it', () => {
    const mo = palbo.find((a) => a.study === 'mo2022')!
    const pdo = mo.restored.find((r) => r.row.model === 'pdo-panel')!
    expect(pdo.added).toEqual(['Everolimus'])
    expect(pdo.step?.id).toBe('mtor-inhibitor-restores')
    const kd = mo.restored.find((r) => r.column.agents.includes(agent('sirna-s6k1')))!
    expect(kd.step?.id).toBe('knockdown-restores')
    expect(kd.figure).toBe('4e')
    expect(mo.resists.map((e) => e.row.modelName)).toEqual(expect.arrayContaining(['MCF-7']))
    expect(mo.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['CDK4/6', 'mTORC1']))
  })

  it('wu2023: a sensitive combination after a partial response counts as restored (repertaxin added)', () => {
    const wu = palbo.find((a) => a.study === 'wu2023')!
    const tamr = wu.restored.find((r) => r.row.model === 'mcf7-tamr' && r.column.key === 'palbociclib+repertaxin')!
    expect(tamr.cell.call).toBe('sensitive')
    expect(tamr.added).toEqual(['Repertaxin (reparixin)'])
    expect(wu.partial.some((e) => e.column.key === 'palbociclib')).toBe(true)
    // Beside fulvestrant + palbociclib (partial), repertaxin is what was added, not fulvestrant too.
    expect(wu.restored.find((r) => r.row.model === 'mcf7-tamr' && r.column.key === 'fulvestrant+palbociclib+repertaxin')?.added).toEqual([
      'Repertaxin (reparixin)',
    ])
  })

  it('a node: mTOR is answered through the agents acting on it, the inhibitor being what was added', () => {
    const mtor = ask({ target: 'MTOR' })
    expect(mtor.map((a) => a.study)).toEqual(['mo2022'])
    const added = new Map(mtor[0]!.restored.map((r) => [`${r.row.model}/${r.column.key}`, r.added]))
    expect(added.get('mcf7/palbociclib+rapamycin')).toEqual(['Rapamycin'])
    // In the organoid panel everolimus alone failed: there palbociclib is what was added.
    expect(added.get('pdo-panel/everolimus+palbociclib')).toEqual(['Palbociclib'])
    expect(mtor[0]!.resists.map((e) => e.column.key)).toEqual(['everolimus'])
    const her3 = ask({ target: 'ERBB3' })
    const tan = her3.find((a) => a.study === 'taniguchi2023')!
    expect(tan.restored.map((r) => r.added.join())).toEqual(expect.arrayContaining(['HER3 siRNA', 'pan-HER inhibitor (unnamed in abstract)']))
    expect(nodesAcross(her3).find((n) => n.symbol === 'ERBB3')?.studies).toContain('taniguchi2023')
  })

  it('unknown picks give no subject', () => {
    expect(subjectFor({ drug: 'nosuch' }, agents, [])).toBeNull()
    expect(subjectFor({ target: 'NOSUCH' }, agents, [])).toBeNull()
  })

  it('figure anchors from locators', () => {
    expect(figureAnchor('Results: S6K1 blockade; Fig. 6B, Supplementary Fig. S4A')).toBe('6b')
    expect(figureAnchor('Fig. 1B')).toBe('1b')
    expect(figureAnchor('Supplementary Fig. 3A')).toBeUndefined()
    expect(figureAnchor('Abstract')).toBeUndefined()
  })
})
