import { canonicalJson } from '../domain/journal/canonical-json'
import { checkBundle, readPickedFiles, renameStudy, sizeProblem } from '../domain/journal/check-bundle'
import type { ImportProblem } from '../domain/journal/problems'
import type { Agent } from '../domain/schema/agent'
import type { StudyBundle } from '../domain/schema/bundle'
import type { ImportedEntry } from './imported-store'

/**
 * A checked import, as the page receives it: the canonical text and the small entry the lists need.
 * Strings cross from the worker as one copy; a parsed 10,000-point bundle would take the page's thread for a long task.
 */
export type ImportCheck = { ok: true; text: string; entry: Omit<ImportedEntry, 'importedAt'> } | { ok: false; problems: ImportProblem[] }

/** What the Overview, the matrix and the catalogue need of a study, as written. */
function entryOf(raw: Record<string, unknown>, bundle: StudyBundle): Omit<ImportedEntry, 'importedAt'> {
  const { id, citation, cancer, drugsResisted, mechanism, textKind, models } = bundle.study
  const rawStudy = raw.study as Record<string, unknown>
  return {
    id,
    summary: { id, citation, cancer, drugsResisted, mechanism, textKind, models: models.map((m) => m.name) },
    index: { study: { id, cancer, citation: rawStudy.citation, models: rawStudy.models, conditions: rawStudy.conditions ?? [] }, phenotypes: raw.phenotypes },
    agents: raw.agents,
  }
}

/** A new id for the study being imported, when its own is taken. */
export interface Rename {
  from: string
  to: string
}

/** Size first (a 10 MB file is never read), then JSON, schema and integrity. Runs in the worker, or here when there is none. */
export async function checkFiles(files: readonly File[], catalogue: readonly Agent[], rename?: Rename): Promise<ImportCheck> {
  const tooBig = files.map((f) => sizeProblem(f.name, f.size)).filter((p) => p !== null)
  if (tooBig.length) return { ok: false, problems: tooBig }
  const picked = await Promise.all(files.map(async (f) => ({ name: f.webkitRelativePath || f.name, size: f.size, text: await f.text() })))
  const read = readPickedFiles(picked)
  const raw =
    read.ok && rename && read.raw && typeof read.raw === 'object'
      ? renameStudy(read.raw as Record<string, unknown>, rename.from, rename.to)
      : read.ok
        ? read.raw
        : null
  const check = read.ok ? checkBundle(raw, catalogue) : read
  return check.ok ? { ok: true, text: canonicalJson(check.raw), entry: entryOf(check.raw, check.bundle) } : check
}
