import type { z } from 'zod'
import { describeIssues } from '../domain/validation'
import { ApiError } from './errors'

/** Tunables; tests shorten the timeout. */
export const apiConfig = { timeoutMs: 10_000 }

/** Absolute URL of an API document, under the app's base path. */
export function apiUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}api/${path}`.replace(/\/{2,}/g, '/'), location.href).href
}

/** GETs a JSON document and parses it with `schema`; every failure becomes an ApiError naming its kind. */
export async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
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
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new ApiError('malformed', url, `${path} is not valid JSON (${(e as Error).message}).`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const problems = describeIssues(parsed.error, path)
    throw new ApiError('invalid', url, `${path} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems[0]}`, problems)
  }
  return parsed.data
}
