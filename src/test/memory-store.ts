import type { ImportedRecord, ImportedStore } from '../api/imported-store'

/** An in-memory store; `failPut` makes every write throw it (e.g. a QuotaExceededError), as a full disk would. */
export function memoryStore(failPut?: () => Error): ImportedStore & { records: Map<string, ImportedRecord> } {
  const records = new Map<string, ImportedRecord>()
  return {
    records,
    ids: async () => [...records.keys()],
    get: async (id) => records.get(id),
    put: async (r) => {
      if (failPut) throw failPut()
      records.set(r.id, structuredClone(r))
    },
    remove: async (id) => {
      records.delete(id)
    },
  }
}
