import { afterEach, describe, expect, it } from 'vitest'
import { mockBundle, mockCatalogue } from '../../scripts/journal-fixtures'
import { canonicalJson } from '../domain/journal/canonical-json'
import { Catalogue } from '../domain/schema/agent'
import { memoryStore } from '../test/memory-store'
import { checkFiles, type ImportCheck } from './check-files'
import { emptyStore } from './imported-store'
import {
  deleteImported,
  exportImported,
  importedAgents,
  importedReadFailure,
  importedFile,
  importedPhenotypeEntries,
  importedSummaries,
  ImportStorageError,
  saveImported,
  setImportedStore,
} from './imported-studies'

const catalogue = Catalogue.parse(mockCatalogue())
const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' })
async function checked(id: string, text = JSON.stringify(mockBundle('mo2022', id))) {
  const c = await checkFiles([fileOf(`${id}.json`, text)], catalogue)
  if (!c.ok) throw new Error(c.problems[0]!.message)
  return c as Extract<ImportCheck, { ok: true }>
}

afterEach(() => setImportedStore(emptyStore))

describe('imported studies in the browser store', () => {
  it('stores a study, lists it badged, serves its files through the same schemas, exports it stably and deletes it', async () => {
    setImportedStore(memoryStore())
    const raw = mockBundle('mo2022', 'club2026')
    // Key order and spacing of the user's file do not matter: export is the canonical text.
    await saveImported(await checked('club2026', JSON.stringify(raw)))
    const summaries = await importedSummaries()
    expect(summaries).toEqual([expect.objectContaining({ id: 'club2026', imported: true })])
    expect(summaries[0]!.models).toContain('MCF-7')
    const series = await importedFile('club2026', 'series.json')
    expect(series?.map((s) => s.id)).toEqual((raw.series as { id: string }[]).map((s) => s.id))
    expect((await importedPhenotypeEntries())[0]!.phenotypes).toHaveLength((raw.phenotypes as unknown[]).length)
    const text = await exportImported('club2026')
    expect(text).toBe(canonicalJson(raw))
    // Export → import → export gives the same bytes.
    await saveImported(await checked('club2026', text))
    expect(await exportImported('club2026')).toBe(text)
    await deleteImported('club2026')
    expect(await importedSummaries()).toEqual([])
    expect(await importedFile('club2026', 'study.json')).toBeUndefined()
  })

  it('serves the new agents a bundle brings', async () => {
    setImportedStore(memoryStore())
    const raw = mockBundle('taniguchi2023', 'agent2026') as { study: { agents: string[] }; agents?: unknown[] }
    raw.study.agents.push('newdrug')
    raw.agents = [{ id: 'newdrug', name: 'New drug', class: 'other', kind: 'small-molecule', targets: ['X'], action: 'inhibits' }]
    await saveImported(await checked('agent2026', JSON.stringify(raw)))
    expect((await importedAgents()).map((a) => a.id)).toEqual(['newdrug'])
  })

  it('reports a quota error in words, and keeps what was stored before', async () => {
    const store = memoryStore()
    setImportedStore(store)
    await saveImported(await checked('kept2026'))
    const full = memoryStore(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    full.entries.set('kept2026', store.entries.get('kept2026')!)
    full.bundles.set('kept2026', store.bundles.get('kept2026')!)
    setImportedStore(full)
    const error = await saveImported(await checked('more2026')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportStorageError)
    expect((error as ImportStorageError).kind).toBe('quota')
    expect((error as Error).message).toMatch(/storage for this site is full, so more2026 was not saved/)
    expect((await importedSummaries()).map((s) => s.id)).toEqual(['kept2026'])
    expect(await exportImported('kept2026')).toBe(store.bundles.get('kept2026'))
  })

  it('reports any other storage failure as such, not as success', async () => {
    setImportedStore(memoryStore(() => new Error('disk on fire')))
    await expect(saveImported(await checked('fail2026'))).rejects.toMatchObject({ kind: 'storage', message: expect.stringMatching(/disk on fire/) })
  })

  it('a storage that cannot be read leaves the built-in studies working and says why', async () => {
    setImportedStore({ ...memoryStore(), list: () => Promise.reject(new Error('storage disabled')) })
    expect(await importedSummaries()).toEqual([])
    expect(importedReadFailure()).toMatch(/storage could not be read.*storage disabled/)
    setImportedStore(memoryStore())
    await importedSummaries()
    expect(importedReadFailure()).toBeNull()
  })

  it('never reads a file over the limit', async () => {
    const huge = {
      name: 'huge.json',
      size: 10 * 1024 * 1024,
      webkitRelativePath: '',
      text: () => Promise.reject(new Error('read a file it should have refused')),
    } as unknown as File
    const c = await checkFiles([huge], catalogue)
    expect(c.ok ? [] : c.problems.map((p) => p.path)).toEqual(['huge.json'])
  })
})
