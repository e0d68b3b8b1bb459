import '../domain/schema/zod-config'
import type { z } from 'zod'
import { Catalogue, type Agent } from '../domain/schema/agent'
import { PhenotypeIndexEntry, STUDY_FILES, type StudyBundle, type StudyFile, type StudySummary } from '../domain/schema/bundle'
import type { ImportCheck } from './check-files'
import { emptyStore, indexedDbStore, type ImportedEntry, type ImportedStore } from './imported-store'

// Imported studies never leave the browser: this module reads and writes IndexedDB and nothing else.
let store: ImportedStore = typeof indexedDB === 'undefined' ? emptyStore : indexedDbStore()

/** Swaps the store (tests use an in-memory fake). */
export function setImportedStore(next: ImportedStore) {
  store = next
}

/** A study on the Overview list; `imported` marks one the user brought. */
export type ListedStudy = StudySummary & { imported?: true }

/** Why saving an imported study failed, in words; `quota` when the browser's storage is full. */
export class ImportStorageError extends Error {
  constructor(
    readonly kind: 'quota' | 'storage',
    message: string,
  ) {
    super(message)
    this.name = 'ImportStorageError'
  }
}

let readFailure: string | null = null

/**
 * The imported entries, sorted. When the browser's storage cannot be read (storage disabled, a private window),
 * the built-in studies must still load: the failure is kept for the journal page to report, not thrown into every view.
 */
async function entries(): Promise<ImportedEntry[]> {
  try {
    const list = await store.list()
    readFailure = null
    return list.sort((a, b) => a.id.localeCompare(b.id))
  } catch (e) {
    readFailure = `This browser's storage could not be read, so imported studies are not shown (${e instanceof Error ? e.message : String(e)}).`
    return []
  }
}

/** Why imported studies could not be read the last time they were listed, or null. */
export const importedReadFailure = () => readFailure

/** Overview cards of the imported studies, badged. */
export async function importedSummaries(): Promise<ListedStudy[]> {
  return (await entries()).map((e) => ({ ...e.summary, imported: true }))
}

/** Ids of every imported study. */
export const importedIds = async () => (await store.list()).map((e) => e.id)

const BUNDLE_KEYS: Record<StudyFile, keyof StudyBundle> = {
  'study.json': 'study',
  'evidence.json': 'evidence',
  'series.json': 'series',
  'phenotypes.json': 'phenotypes',
  'pathway.json': 'pathway',
}

/** Whether `id` was imported, as far as the store knows without a lookup: 'unknown' when its id list is not at hand. */
export const isImported = (id: string): boolean | 'unknown' => store.knownIds?.()?.includes(id) ?? 'unknown'

/** One file of an imported study, parsed by the same schema as a built-in one; undefined when no such study was imported. */
export async function importedFile<F extends StudyFile>(id: string, file: F): Promise<z.infer<(typeof STUDY_FILES)[F]> | undefined> {
  const raw = await bundleObject(id)
  return raw && (STUDY_FILES[file].parse(raw[BUNDLE_KEYS[file]]) as z.infer<(typeof STUDY_FILES)[F]>)
}

// A view asks for the five files of one study together: parse its text once, not five times.
let parsed: { id: string; raw: Promise<Record<string, unknown> | undefined> } | undefined
function bundleObject(id: string) {
  if (parsed?.id !== id) parsed = { id, raw: store.bundle(id).then((t) => (t === undefined ? undefined : (JSON.parse(t) as Record<string, unknown>))) }
  return parsed.raw
}

/** The phenotype-matrix entries of the imported studies. */
export async function importedPhenotypeEntries(): Promise<PhenotypeIndexEntry[]> {
  return (await entries()).map((e) => PhenotypeIndexEntry.parse(e.index))
}

/** Agents the imported studies bring that the shared catalogue lacks. */
export async function importedAgents(): Promise<Agent[]> {
  return (await entries()).flatMap((e) => (e.agents === undefined ? [] : Catalogue.parse(e.agents)))
}

const isQuota = (e: unknown) => (e as { name?: string } | null)?.name === 'QuotaExceededError' || (e instanceof DOMException && e.code === 22)

/** Stores a checked study (replacing one of the same id); a full disk is reported as `quota`, and what was stored before stays. */
export async function saveImported(checked: Extract<ImportCheck, { ok: true }>): Promise<void> {
  const { entry, text } = checked
  try {
    await store.put({ ...entry, importedAt: new Date().toISOString() }, text)
  } catch (e) {
    if (isQuota(e))
      throw new ImportStorageError(
        'quota',
        `The browser's storage for this site is full, so ${entry.id} was not saved. Delete an imported study you no longer need, or free disk space, and import again. Nothing stored before was changed.`,
      )
    throw new ImportStorageError(
      'storage',
      `The browser could not save ${entry.id} (${e instanceof Error ? e.message : String(e)}). Nothing stored before was changed.`,
    )
  }
  parsed = undefined
}

/** The bundle file of an imported study: the canonical text stored at import, so the same study always exports the same bytes. */
export const exportImported = (id: string) => store.bundle(id)

/** Forgets an imported study. */
export async function deleteImported(id: string) {
  await store.remove(id)
  parsed = undefined
}
