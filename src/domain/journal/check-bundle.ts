import type { Agent } from '../schema/agent'
import { STUDY_FILES, StudyBundle, type StudyFile } from '../schema/bundle'
import { checkIntegrity } from '../integrity'
import { integrityProblem, schemaProblems, type ImportProblem } from './problems'

/** Largest bundle file accepted: 10,000 points and 5,000 evidence rows fit in about 4 MB of two-space JSON. */
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024

/** A file the user picked, as text. */
export interface PickedFile {
  name: string
  /** Size in bytes, checked before the text is read. */
  size: number
  text: string
}

/** The outcome of checking a file: the bundle exactly as written (for a byte-stable export) and its parsed form, or every problem. */
export type BundleCheck = { ok: true; raw: Record<string, unknown>; bundle: StudyBundle } | { ok: false; problems: ImportProblem[] }

const fail = (problems: ImportProblem[]): BundleCheck => ({ ok: false, problems })
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Size check, made before reading the file so a huge file never reaches JSON.parse. */
export function sizeProblem(name: string, size: number): ImportProblem | null {
  if (size <= MAX_BUNDLE_BYTES) return null
  return {
    path: name,
    message: `The file is ${mb(size)}; the limit is ${mb(MAX_BUNDLE_BYTES)}.`,
    fix: 'Check that this is a study bundle; if it is, split very long series or evidence tables before importing.',
  }
}

function parseJson(name: string, text: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    return {
      ok: false,
      problem: {
        path: name,
        message: `This is not JSON (${(e as Error).message}).`,
        fix: 'Pick the .json bundle exported from Resistance Explorer, or repair the JSON in a text editor.',
      },
    }
  }
}

const FILE_KEYS: Record<StudyFile, keyof StudyBundle> = {
  'study.json': 'study',
  'evidence.json': 'evidence',
  'series.json': 'series',
  'phenotypes.json': 'phenotypes',
  'pathway.json': 'pathway',
}

/**
 * Reads one bundle file, or the five files of a study folder, into the bundle object as written.
 * Every file-level problem is listed, not just the first.
 */
export function readPickedFiles(files: readonly PickedFile[]): { ok: true; raw: unknown } | { ok: false; problems: ImportProblem[] } {
  if (files.length === 0)
    return {
      ok: false,
      problems: [{ path: '(no file)', message: 'No file was chosen.', fix: 'Choose a bundle .json file, or the five files of a study folder.' }],
    }
  const tooBig = files.map((f) => sizeProblem(f.name, f.size)).filter((p) => p !== null)
  const total = files.reduce((n, f) => n + f.size, 0)
  if (tooBig.length) return { ok: false, problems: tooBig }
  if (files.length > 1 && total > MAX_BUNDLE_BYTES) return { ok: false, problems: [sizeProblem('the chosen files together', total)!] }
  if (files.length === 1) {
    const parsed = parseJson(files[0]!.name, files[0]!.text)
    return parsed.ok ? { ok: true, raw: parsed.value } : { ok: false, problems: [parsed.problem] }
  }
  const raw: Record<string, unknown> = {}
  const problems: ImportProblem[] = []
  const baseName = (n: string) => n.split(/[\\/]/).pop()!
  for (const f of files) {
    const name = baseName(f.name) as StudyFile
    if (!(name in FILE_KEYS)) {
      problems.push({ path: f.name, message: 'This is not one of the five study files.', fix: `Choose only ${Object.keys(STUDY_FILES).join(', ')}.` })
      continue
    }
    const parsed = parseJson(f.name, f.text)
    if (parsed.ok) raw[FILE_KEYS[name]] = parsed.value
    else problems.push(parsed.problem)
  }
  for (const [file, key] of Object.entries(FILE_KEYS))
    if (!problems.length && !(key in raw)) problems.push({ path: file, message: `${file} is missing.`, fix: `Add ${file} from the same study folder.` })
  return problems.length ? { ok: false, problems } : { ok: true, raw }
}

/** Validates a bundle object with the published zod schema, then the cross-file integrity checks against the catalogue plus the bundle's own new agents. */
export function checkBundle(raw: unknown, catalogue: readonly Agent[]): BundleCheck {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail([
      {
        path: '(the whole file)',
        message: 'The file holds JSON, but not a study bundle object.',
        fix: 'A bundle is one object with study, evidence, series, phenotypes and pathway.',
      },
    ])
  const parsed = StudyBundle.safeParse(raw)
  if (!parsed.success) return fail(schemaProblems(parsed.error))
  const bundle = parsed.data
  const known = new Set(catalogue.map((a) => a.id))
  const problems = (bundle.agents ?? []).flatMap((a, i) =>
    !known.has(a.id)
      ? []
      : [
          {
            path: `agents[${i}].id`,
            message: `"${a.id}" is already in the shared catalogue.`,
            fix: 'Remove it from agents (the shared one is used), or give the new agent another id.',
          },
        ],
  )
  problems.push(...checkIntegrity(bundle, [...catalogue, ...(bundle.agents ?? [])]).map(integrityProblem))
  return problems.length ? fail(problems) : { ok: true, raw: raw as Record<string, unknown>, bundle }
}

/** The bundle as written, with the study id changed everywhere it names this study (the id and every source). */
export function renameStudy(raw: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (!v || typeof v !== 'object') return v
    const o = v as Record<string, unknown>
    const out = Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x)]))
    if ('locator' in o && o.study === from) out.study = to
    return out
  }
  const out = walk(raw) as Record<string, unknown>
  const study = out.study as Record<string, unknown>
  out.study = { ...study, id: study.id === from ? to : study.id }
  return out
}
