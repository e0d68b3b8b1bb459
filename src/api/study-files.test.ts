import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { mockBundle } from '../../scripts/journal-fixtures'
import { canonicalJson } from '../domain/journal/canonical-json'
import { memoryStore } from '../test/memory-store'
import { emptyStore } from './imported-store'
import { setImportedStore } from './imported-studies'
import { studyFileQueryOptions } from './study-files'

const titleOf = (id: string) => new QueryClient().fetchQuery(studyFileQueryOptions(id, 'study.json')).then((s) => s.citation.title)

afterEach(() => setImportedStore(emptyStore))

describe('a study file comes from the browser store or the API', () => {
  it('never opens the store for a study its id list rules out', async () => {
    const reads: string[] = []
    setImportedStore({ ...memoryStore(), knownIds: () => [], bundle: async (id) => (reads.push(id), undefined) })
    expect(await titleOf('mo2022')).toMatch(/\w/)
    expect(reads).toEqual([])
  })

  it('serves an imported study whether its id is listed or the list is unknown, and a built-in one beside an unknown list', async () => {
    const store = memoryStore()
    const raw = mockBundle('mo2022', 'club2026') as { study: { citation: { title: string } } }
    raw.study.citation.title = 'Imported copy'
    store.bundles.set('club2026', canonicalJson(raw))
    setImportedStore({ ...store, knownIds: () => ['club2026'] })
    expect(await titleOf('club2026')).toBe('Imported copy')
    setImportedStore(store) // no id list: the request and the lookup race, and the stored copy wins
    expect(await titleOf('club2026')).toBe('Imported copy')
    expect(await titleOf('mo2022')).not.toBe('Imported copy')
  })
})
