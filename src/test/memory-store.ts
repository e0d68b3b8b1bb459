import type { ImportedEntry, ImportedStore } from '../api/imported-store'

/** An in-memory ImportedStore; `failPut` makes every write throw it (e.g. a QuotaExceededError), as a full disk would. */
export function memoryStore(failPut?: () => Error): ImportedStore & { entries: Map<string, ImportedEntry>; bundles: Map<string, string> } {
  const entries = new Map<string, ImportedEntry>()
  const bundles = new Map<string, string>()
  return {
    entries,
    bundles,
    list: async () => [...entries.values()],
    bundle: async (id) => bundles.get(id),
    put: async (entry, bundle) => {
      if (failPut) throw failPut()
      entries.set(entry.id, structuredClone(entry))
      bundles.set(entry.id, bundle)
    },
    remove: async (id) => {
      entries.delete(id)
      bundles.delete(id)
    },
  }
}
