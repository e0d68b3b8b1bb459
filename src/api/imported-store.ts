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
  /**
   * The imported ids as last written, read synchronously, or undefined when unknown: a built-in study then skips
   * the store (about 150 ms to open IndexedDB on a cold load) instead of waiting on it before its data request.
   */
  knownIds?(): readonly string[] | undefined
}

const META = 'entry:'
const BUNDLE = 'bundle:'
/** localStorage key of the imported ids, a JSON array kept beside IndexedDB. */
const IDS_KEY = 'resistance-explorer:imported-ids'

// localStorage may be missing or refuse (a private window, a full disk): the ids are then unknown, never wrong.
function readIds(): string[] | undefined {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(IDS_KEY) ?? 'null')
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined
  } catch {
    return undefined
  }
}
function writeIds(ids: readonly string[] | undefined) {
  try {
    if (ids) localStorage.setItem(IDS_KEY, JSON.stringify(ids))
    else localStorage.removeItem(IDS_KEY)
  } catch {
    // unknown ids only cost the IndexedDB lookup
  }
}

/** The browser's IndexedDB (database "resistance-explorer", store "imported-studies"), opened on first use. */
export function indexedDbStore(): ImportedStore {
  let store: ReturnType<typeof createStore> | undefined
  const db = () => (store ??= createStore('resistance-explorer', 'imported-studies'))
  const metaKeys = async () => (await keys<string>(db())).filter((k) => k.startsWith(META))
  // The id list is dropped before a write and written again from the store after it, so a failed write leaves it unknown, not stale.
  const rememberIds = async () => writeIds((await metaKeys()).map((k) => k.slice(META.length)))
  return {
    async list() {
      const ks = await metaKeys()
      writeIds(ks.map((k) => k.slice(META.length)))
      return (await getMany<ImportedEntry>(ks, db())).filter((e) => e !== undefined)
    },
    bundle: (id) => get<string>(BUNDLE + id, db()),
    // One transaction, so a quota error leaves no half-written study.
    async put(entry, bundle) {
      writeIds(undefined)
      await setMany(
        [
          [META + entry.id, entry],
          [BUNDLE + entry.id, bundle],
        ],
        db(),
      )
      await rememberIds()
    },
    async remove(id) {
      writeIds(undefined)
      await delMany([META + id, BUNDLE + id], db())
      await rememberIds()
    },
    knownIds: readIds,
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
