import { afterEach, describe, expect, it } from 'vitest'
import { mockBundle, mockCatalogue } from '../../scripts/journal-fixtures'
import { canonicalJson } from '../domain/journal/canonical-json'
import { checkBundle } from '../domain/journal/check-bundle'
import { Catalogue } from '../domain/schema/agent'
import { memoryStore } from '../test/memory-store'
import { emptyStore } from './imported-store'
import { deleteImported, exportImported, importedFile, importedPhenotypeEntries, importedSummaries, ImportStorageError, saveImported, setImportedStore } from './imported-studies'

const catalogue = Catalogue.parse(mockCatalogue())
const checked = (id: string) => {
  const c = checkBundle(mockBundle('mo2022', id), catalogue)
  if (!c.ok) throw new Error(c.problems[0]!.message)
  return c
}

afterEach(() => setImportedStore(emptyStore))

describe('imported studies in the browser store', () => {
  it('stores a study, lists it badged, serves its files through the same schemas, exports it stably and deletes it', async () => {
    const store = memoryStore()
    setImportedStore(store)
    const { raw, bundle } = checked('club2026')
    await saveImported(raw, bundle)
    expect(await importedSummaries()).toEqual([expect.objectContaining({ id: 'club2026', imported: true, models: bundle.study.models.map((m) => m.name) })])
    const series = await importedFile('club2026', 'series.json')
    expect(series?.map((s) => s.id)).toEqual(bundle.series.map((s) => s.id))
    expect((await importedPhenotypeEntries())[0]!.phenotypes).toHaveLength(bundle.phenotypes.length)
    const text = await exportImported('club2026')
    expect(text).toBe(canonicalJson(raw))
    // Export → import → export gives the same bytes.
    const again = checkBundle(JSON.parse(text!), catalogue)
    if (!again.ok) throw new Error('re-import failed')
    await saveImported(again.raw, again.bundle)
    expect(await exportImported('club2026')).toBe(text)
    await deleteImported('club2026')
    expect(await importedSummaries()).toEqual([])
    expect(await importedFile('club2026', 'study.json')).toBeUndefined()
  })

  it('reports a quota error in words, and keeps what was stored before', async () => {
    const store = memoryStore()
    setImportedStore(store)
    const first = checked('kept2026')
    await saveImported(first.raw, first.bundle)
    const full = memoryStore(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    full.entries.set('kept2026', store.entries.get('kept2026')!)
    full.bundles.set('kept2026', store.bundles.get('kept2026')!)
    setImportedStore(full)
    const next = checked('more2026')
    const error = await saveImported(next.raw, next.bundle).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportStorageError)
    expect((error as ImportStorageError).kind).toBe('quota')
    expect((error as Error).message).toMatch(/storage for this site is full, so more2026 was not saved/)
    expect((await importedSummaries()).map((s) => s.id)).toEqual(['kept2026'])
  })

  it('reports any other storage failure as such, not as success', async () => {
    setImportedStore(memoryStore(() => new Error('disk on fire')))
    const { raw, bundle } = checked('fail2026')
    await expect(saveImported(raw, bundle)).rejects.toMatchObject({ kind: 'storage', message: expect.stringMatching(/disk on fire/) })
  })
})
