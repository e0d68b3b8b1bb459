// Shared with the lazy views' chunk, so the bundler places the jitless switch in the same chunk as zod and ahead of the schemas.
import '../domain/schema/zod-config'
import { z } from 'zod'
import { describeIssues } from '../domain/validation'
import { ApiError } from './errors'

/** Tunables; tests shorten the timeout. */
export const apiConfig = { timeoutMs: 10_000 }

/** Absolute URL of an API document, under the app's base path. */
export function apiUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}api/${path}`.replace(/\/{2,}/g, '/'), location.href).href
}

/** GETs a document and parses it as JSON; every failure becomes an ApiError naming its kind. */
async function fetchJson(path: string, signal?: AbortSignal): Promise<{ url: string; json: unknown }> {
  const url = apiUrl(path)
  const timeout = AbortSignal.timeout(apiConfig.timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let text: string
  try {
    const res = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } })
    if (!res.ok) throw new ApiError('http', url, `GET ${path} returned HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`)
    text = await res.text()
  } catch (e) {
    if (e instanceof ApiError) throw e
    if (timeout.aborted) throw new ApiError('timeout', url, `GET ${path} did not answer within ${apiConfig.timeoutMs / 1000} s.`)
    if (signal?.aborted) throw e
    throw new ApiError('network', url, `GET ${path} failed: ${(e as Error).message}`)
  }
  try {
    return { url, json: JSON.parse(text) }
  } catch (e) {
    throw new ApiError('malformed', url, `${path} is not valid JSON (${(e as Error).message}).`)
  }
}

function invalid(url: string, path: string, problems: string[]): ApiError {
  return new ApiError('invalid', url, `${path} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems[0]}`, problems)
}

/** GETs a JSON document and parses it with `schema`; every failure becomes an ApiError naming its kind. */
export async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const { url, json } = await fetchJson(path, signal)
  // Parsing and validating a big document (10,000 points) are each a long task: run them in separate tasks.
  await nextTask()
  const parsed = await validate(schema, json)
  if (!parsed.success) throw invalid(url, path, describeIssues(parsed.error, path))
  return parsed.data
}

const nextTask = () => new Promise((r) => setTimeout(r, 0))

/** Longest stretch of validation before the main thread is given back, in ms. */
const SLICE_MS = 40

/**
 * `schema.safeParse(json)`, except that a plain list (no length checks) is checked entry by entry, giving the
 * main thread back every SLICE_MS: a study with big series took 220 ms in one task. Issues keep their full path.
 */
async function validate<S extends z.ZodType>(schema: S, json: unknown): Promise<{ success: true; data: z.infer<S> } | { success: false; error: z.ZodError }> {
  if (!(schema instanceof z.ZodArray) || schema.def.checks?.length || !Array.isArray(json)) return schema.safeParse(json)
  const element = schema.element as z.ZodType
  const data: unknown[] = []
  const issues: z.core.$ZodIssue[] = []
  let sliceStart = performance.now()
  for (const [i, raw] of json.entries()) {
    const r = element.safeParse(raw)
    if (r.success) data.push(r.data)
    else issues.push(...r.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })))
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask()
      sliceStart = performance.now()
    }
  }
  return issues.length ? { success: false, error: new z.ZodError(issues) } : { success: true, data: data as z.infer<S> }
}

/** An index document (a list of studies or agents) with the entries that failed validation left out. */
export interface IndexDoc<T> {
  items: T[]
  /** One line per left-out entry: which entry and its first problem. */
  dropped: string[]
}

/**
 * GETs a JSON array and validates it entry by entry, so one bad entry is left out (and named)
 * instead of failing the whole list. Fails only when the document is not an array or no entry is valid.
 */
export async function getIndex<S extends z.ZodType>(path: string, entry: S, signal?: AbortSignal): Promise<IndexDoc<z.infer<S>>> {
  const { url, json } = await fetchJson(path, signal)
  if (!Array.isArray(json)) throw invalid(url, path, [`${path}: (root): expected an array`])
  const items: z.infer<S>[] = []
  const dropped: string[] = []
  const problems: string[] = []
  json.forEach((raw: unknown, i) => {
    const parsed = entry.safeParse(raw)
    if (parsed.success) return void items.push(parsed.data)
    const lines = describeIssues(parsed.error, `${path} [${i}]`)
    problems.push(...lines)
    dropped.push(`${entryName(raw, i)}: ${lines[0]}`)
  })
  if (json.length > 0 && items.length === 0) throw invalid(url, path, problems)
  return { items, dropped }
}

/** "entry 3 (mo2022)" when the entry has a readable id, else "entry 3". */
function entryName(raw: unknown, i: number): string {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const inner = o.study && typeof o.study === 'object' ? (o.study as Record<string, unknown>) : o
  const id = typeof inner.id === 'string' ? inner.id.slice(0, 40) : ''
  return `entry ${i + 1}${id ? ` (${id})` : ''}`
}
