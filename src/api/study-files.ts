import '../domain/schema/zod-config'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { STUDY_FILES, type StudyFile } from '../domain/schema/bundle'
import type { z } from 'zod'
import { getJson } from './client'
import { importedFile, isImported } from './imported-studies'

/** The parsed type of each per-study document. */
export type StudyDoc<F extends StudyFile> = z.infer<(typeof STUDY_FILES)[F]>

/** GET /api/studies/:id/:file, parsed with that file's schema. */
export const getStudyFile = <F extends StudyFile>(id: string, file: F, signal?: AbortSignal) =>
  getJson(`studies/${encodeURIComponent(id)}/${file}`, STUDY_FILES[file], signal) as Promise<StudyDoc<F>>

export const studyFileQueryOptions = <F extends StudyFile>(id: string, file: F) =>
  queryOptions({ queryKey: ['study', id, file], queryFn: ({ signal }) => takeEarly(id, file) ?? importedOrFetched(id, file, signal) })

/** Requests started before the app rendered, each handed to the first query that asks for it. */
const early = new Map<string, Promise<unknown>>()

/**
 * Starts a study's file requests now, before React and the query client exist (a cold load of a Study link, from
 * the app's first module), so the data arrives while the view's code still loads and runs.
 */
export function requestStudyFilesEarly(id: string, files: readonly StudyFile[]) {
  for (const file of files) {
    const p = importedOrFetched(id, file)
    p.catch(() => undefined) // a failure is reported by the query that takes it
    early.set(`${id}/${file}`, p)
  }
}

function takeEarly<F extends StudyFile>(id: string, file: F): Promise<StudyDoc<F>> | undefined {
  const p = early.get(`${id}/${file}`)
  early.delete(`${id}/${file}`)
  return p as Promise<StudyDoc<F>> | undefined
}

/**
 * Journal club: an imported study is read from the browser's store (same schema), any other from the API. A
 * built-in study never waits on IndexedDB: the store's id list rules it out, or (list unknown, as on a first
 * visit) the request starts beside the lookup and is used when the lookup finds nothing.
 */
async function importedOrFetched<F extends StudyFile>(id: string, file: F, signal?: AbortSignal): Promise<StudyDoc<F>> {
  const imported = isImported(id)
  if (imported === false) return getStudyFile(id, file, signal)
  if (imported === true) return (await importedFile(id, file)) ?? getStudyFile(id, file, signal)
  // Settled into a value, so a failed request (an imported id is not on the server) is no unhandled rejection.
  const fetched = getStudyFile(id, file, signal).then(
    (doc) => ({ doc }),
    (error: unknown) => ({ error }),
  )
  // A store that cannot be read leaves the built-in studies working (as the study list does).
  const stored = await importedFile(id, file).catch(() => undefined)
  if (stored) return stored
  const r = await fetched
  if ('error' in r) throw r.error
  return r.doc
}

/** One document of a study; each panel asks for its own, so one failure stays in its panel. */
export const useStudyFile = <F extends StudyFile>(id: string, file: F) => useQuery(studyFileQueryOptions(id, file))
