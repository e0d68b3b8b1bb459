import { createStore, delMany, get, getMany, keys, setMany } from 'idb-keyval'
import type { StudySummary } from '../domain/schema/bundle'

/**
 * What the Overview, matrix and catalogue need of an imported study, kept apart from the bundle so listing
 * studies never reads a large series. Values are as written; readers parse them with the api schemas.
 */
export interface ImportedEntry {
  id: string
  summary: StudySummary
  /** The study's models, conditions and phenotype calls, as the phenotype matrix reads them. */
  index: { study: unknown; phenotypes: unknown }
  /** New agents the bundle brings, as written. */
  agents: unknown
  /** ISO time of the import. */
  importedAt: string
}

/** Where imported studies live: IndexedDB in the browser, an in-memory fake in tests. */
export interface ImportedStore {
  list(): Promise<ImportedEntry[]>
  /** The bundle's canonical text: stored as one string, so saving a large study clones no object graph on the page's thread. */
  bundle(id: string): Promise<string | undefined>
  /** Writes entry and bundle together: both or neither. */
  put(entry: ImportedEntry, bundle: string): Promise<void>
  remove(id: string): Promise<void>
}

const META = 'entry:'
const BUNDLE = 'bundle:'

/** The browser's IndexedDB (database "resistance-explorer", store "imported-studies"), opened on first use. */
export function indexedDbStore(): ImportedStore {
  let store: ReturnType<typeof createStore> | undefined
  const db = () => (store ??= createStore('resistance-explorer', 'imported-studies'))
  return {
    async list() {
      const metaKeys = (await keys<string>(db())).filter((k) => k.startsWith(META))
      return (await getMany<ImportedEntry>(metaKeys, db())).filter((e) => e !== undefined)
    },
    bundle: (id) => get<string>(BUNDLE + id, db()),
    // One transaction, so a quota error leaves no half-written study.
    put: (entry, bundle) =>
      setMany(
        [
          [META + entry.id, entry],
          [BUNDLE + entry.id, bundle],
        ],
        db(),
      ),
    remove: (id) => delMany([META + id, BUNDLE + id], db()),
  }
}

/** A store with nothing in it, for environments without IndexedDB (node and jsdom tests): built-in studies only. */
export const emptyStore: ImportedStore = {
  list: async () => [],
  bundle: async () => undefined,
  put: async () => {
    throw new Error('this browser offers no storage for imported studies')
  },
  remove: async () => {},
}
