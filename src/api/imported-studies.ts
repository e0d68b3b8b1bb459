import type { z } from 'zod'
import { Catalogue, type Agent } from '../domain/schema/agent'
import { PhenotypeIndexEntry, STUDY_FILES, type StudyBundle, type StudyFile, type StudySummary } from '../domain/schema/bundle'
import { canonicalJson } from '../domain/journal/canonical-json'
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

const entries = async () => (await store.list()).sort((a, b) => a.id.localeCompare(b.id))

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

/** One file of an imported study, parsed by the same schema as a built-in one; undefined when no such study was imported. */
export async function importedFile<F extends StudyFile>(id: string, file: F): Promise<z.infer<(typeof STUDY_FILES)[F]> | undefined> {
  const raw = await store.bundle(id)
  return raw && (STUDY_FILES[file].parse(raw[BUNDLE_KEYS[file]]) as z.infer<(typeof STUDY_FILES)[F]>)
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

/** Stores a checked bundle (replacing one of the same id); a full disk is reported as `quota`, and what was stored before stays. */
export async function saveImported(raw: Record<string, unknown>, bundle: StudyBundle): Promise<void> {
  const { id, citation, cancer, drugsResisted, mechanism, textKind, models, conditions } = bundle.study
  const rawStudy = raw.study as Record<string, unknown>
  const entry: ImportedEntry = {
    id,
    summary: { id, citation, cancer, drugsResisted, mechanism, textKind, models: models.map((m) => m.name) },
    index: { study: { id, cancer, citation: rawStudy.citation, models: rawStudy.models, conditions: rawStudy.conditions ?? conditions }, phenotypes: raw.phenotypes },
    agents: raw.agents,
    importedAt: new Date().toISOString(),
  }
  try {
    await store.put(entry, raw)
  } catch (e) {
    if (isQuota(e))
      throw new ImportStorageError('quota', `The browser's storage for this site is full, so ${id} was not saved. Delete an imported study you no longer need, or free disk space, and import again. Nothing stored before was changed.`)
    throw new ImportStorageError('storage', `The browser could not save ${id} (${e instanceof Error ? e.message : String(e)}). Nothing stored before was changed.`)
  }
}

/** The bundle file of an imported study: canonical text, so the same study always exports the same bytes. */
export async function exportImported(id: string): Promise<string | undefined> {
  const raw = await store.bundle(id)
  return raw && canonicalJson(raw)
}

/** Forgets an imported study. */
export const deleteImported = (id: string) => store.remove(id)
