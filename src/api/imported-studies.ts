import type { z } from 'zod'
import type { Agent } from '../domain/schema/agent'
import { STUDY_FILES, StudyBundle, type PhenotypeIndexEntry, type StudyFile, type StudySummary } from '../domain/schema/bundle'
import { canonicalJson } from '../domain/journal/canonical-json'
import { emptyStore, indexedDbStore, type ImportedRecord, type ImportedStore } from './imported-store'

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

async function records(): Promise<ImportedRecord[]> {
  const ids = await store.ids()
  const all = await Promise.all(ids.map((id) => store.get(id)))
  return all.filter((r) => r !== undefined).sort((a, b) => a.id.localeCompare(b.id))
}

/** Overview cards of the imported studies, badged. */
export async function importedSummaries(): Promise<ListedStudy[]> {
  return (await records()).map((r) => ({ ...r.summary, imported: true }))
}

/** Ids of every imported study. */
export const importedIds = () => store.ids()

const BUNDLE_KEYS: Record<StudyFile, 'study' | 'evidence' | 'series' | 'phenotypes' | 'pathway'> = {
  'study.json': 'study',
  'evidence.json': 'evidence',
  'series.json': 'series',
  'phenotypes.json': 'phenotypes',
  'pathway.json': 'pathway',
}

/** One file of an imported study, parsed by the same schema as a built-in one; undefined when no such study was imported. */
export async function importedFile<F extends StudyFile>(id: string, file: F): Promise<z.infer<(typeof STUDY_FILES)[F]> | undefined> {
  const r = await store.get(id)
  return r && (STUDY_FILES[file].parse(r.raw[BUNDLE_KEYS[file]]) as z.infer<(typeof STUDY_FILES)[F]>)
}

/** The phenotype-matrix entries of the imported studies. */
export async function importedPhenotypeEntries(): Promise<PhenotypeIndexEntry[]> {
  return (await records()).map((r) => {
    const study = STUDY_FILES['study.json'].parse(r.raw.study)
    return {
      study: { id: study.id, cancer: study.cancer, citation: study.citation, models: study.models, conditions: study.conditions },
      phenotypes: STUDY_FILES['phenotypes.json'].parse(r.raw.phenotypes),
    }
  })
}

/** Agents the imported studies bring that the shared catalogue lacks. */
export async function importedAgents(): Promise<Agent[]> {
  return (await records()).flatMap((r) => StudyBundle.shape.agents.parse(r.raw.agents) ?? [])
}

const isQuota = (e: unknown) => e instanceof DOMException ? e.name === 'QuotaExceededError' || e.code === 22 : (e as { name?: string })?.name === 'QuotaExceededError'

/** Stores a checked bundle (replacing one of the same id); a full disk is reported as `quota`, and the previous copy stays. */
export async function saveImported(raw: Record<string, unknown>, bundle: StudyBundle): Promise<void> {
  const { id, citation, cancer, drugsResisted, mechanism, textKind } = bundle.study
  const record: ImportedRecord = {
    id,
    raw,
    summary: { id, citation, cancer, drugsResisted, mechanism, textKind, models: bundle.study.models.map((m) => m.name) },
    importedAt: new Date().toISOString(),
  }
  try {
    await store.put(record)
  } catch (e) {
    if (isQuota(e)) throw new ImportStorageError('quota', `The browser's storage for this site is full, so ${id} was not saved. Delete an imported study you no longer need, or free disk space, and import again. Nothing stored before was changed.`)
    throw new ImportStorageError('storage', `The browser could not save ${id}: ${(e as Error).message ?? String(e)}. Nothing stored before was changed.`)
  }
}

/** The bundle file of an imported study: canonical text, so the same study always exports the same bytes. */
export async function exportImported(id: string): Promise<string | undefined> {
  const r = await store.get(id)
  return r && canonicalJson(r.raw)
}

/** Forgets an imported study. */
export const deleteImported = (id: string) => store.remove(id)
