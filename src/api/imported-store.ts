import { createStore, del, get, keys, set } from 'idb-keyval'
import type { StudySummary } from '../domain/schema/bundle'

/** One imported study as kept in the browser: the bundle exactly as written (so export is byte-stable) and its Overview card. */
export interface ImportedRecord {
  id: string
  /** The validated bundle object as the user wrote it, before zod applied defaults. */
  raw: Record<string, unknown>
  summary: StudySummary
  /** ISO time of the import. */
  importedAt: string
}

/** Where imported studies live: IndexedDB in the browser, an in-memory fake in tests. */
export interface ImportedStore {
  ids(): Promise<string[]>
  get(id: string): Promise<ImportedRecord | undefined>
  put(record: ImportedRecord): Promise<void>
  remove(id: string): Promise<void>
}

/** The browser's IndexedDB (database "resistance-explorer", store "imported-studies"), opened on first use. */
export function indexedDbStore(): ImportedStore {
  let store: ReturnType<typeof createStore> | undefined
  const db = () => (store ??= createStore('resistance-explorer', 'imported-studies'))
  return {
    ids: () => keys<string>(db()),
    get: (id) => get<ImportedRecord>(id, db()),
    put: (r) => set(r.id, r, db()),
    remove: (id) => del(id, db()),
  }
}

/** A store with nothing in it, for environments without IndexedDB (node tests): built-in studies only. */
export const emptyStore: ImportedStore = {
  ids: async () => [],
  get: async () => undefined,
  put: async () => {
    throw new Error('This browser offers no storage for imported studies.')
  },
  remove: async () => {},
}
