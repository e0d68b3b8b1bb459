// @vitest-environment node
import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkIntegrity } from '../src/domain/integrity'
import { Catalogue, STUDY_FILES, StudyBundle, StudyMeta, type StudyFile } from '../src/domain/schema'
import { describeIssues } from '../src/domain/validation'
import { readMockFiles } from '../scripts/mock-files'

const root = dirname(fileURLToPath(import.meta.url))
const files = readMockFiles(root)
const studies = [
  ...new Set(
    Object.keys(files)
      .filter((f) => f.endsWith('/study.json'))
      .map((f) => f.split('/')[0]!),
  ),
]
const agents = Object.entries(files).filter(([p]) => p.startsWith('agents/'))

describe('mock-data', () => {
  it('every folder but agents/ and schema/ is a study with its study.json', () => {
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'agents' && d.name !== 'schema')
    expect(folders.length).toBeGreaterThan(0)
    expect(studies.sort()).toEqual(folders.map((d) => d.name).sort())
  })

  it('has a valid shared agent catalogue, one file per agent named by its id', () => {
    const parsed = Catalogue.safeParse(agents.map(([, a]) => a))
    expect(parsed.success ? [] : describeIssues(parsed.error, 'agents')).toEqual([])
    for (const [path, a] of agents) expect(path).toBe(`agents/${(a as { id: string }).id}.json`)
  })

  describe.each(studies)('%s', (id) => {
    it.each(Object.keys(STUDY_FILES) as StudyFile[])('%s matches the schema', (file) => {
      const data = files[`${id}/${file}`]
      expect(data, `${id}/${file} is missing`).toBeDefined()
      const parsed = STUDY_FILES[file].safeParse(data)
      expect(parsed.success ? [] : describeIssues(parsed.error, `${id}/${file}`)).toEqual([])
    })

    it('every reference resolves, ids are unique, every number has a provenance and source', () => {
      const bundle = StudyBundle.parse({
        study: files[`${id}/study.json`],
        evidence: files[`${id}/evidence.json`],
        series: files[`${id}/series.json`],
        phenotypes: files[`${id}/phenotypes.json`],
        pathway: files[`${id}/pathway.json`],
      })
      expect(bundle.study.id).toBe(id)
      expect(checkIntegrity(bundle, Catalogue.parse(agents.map(([, a]) => a)))).toEqual([])
    })

    it('tells its story in 3–7 steps', () => {
      const { steps } = StudyMeta.parse(files[`${id}/study.json`])
      expect(steps.length).toBeGreaterThanOrEqual(3)
      expect(steps.length).toBeLessThanOrEqual(7)
    })
  })
})
