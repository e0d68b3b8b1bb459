import '../domain/schema/zod-config'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { STUDY_FILES, type StudyFile } from '../domain/schema/bundle'
import type { z } from 'zod'
import { getJson } from './client'
import { importedFile } from './imported-studies'

/** The parsed type of each per-study document. */
export type StudyDoc<F extends StudyFile> = z.infer<(typeof STUDY_FILES)[F]>

/** GET /api/studies/:id/:file, parsed with that file's schema. */
export const getStudyFile = <F extends StudyFile>(id: string, file: F, signal?: AbortSignal) =>
  getJson(`studies/${encodeURIComponent(id)}/${file}`, STUDY_FILES[file], signal) as Promise<StudyDoc<F>>

export const studyFileQueryOptions = <F extends StudyFile>(id: string, file: F) =>
  queryOptions({ queryKey: ['study', id, file], queryFn: ({ signal }) => importedOrFetched(id, file, signal) })

/** Journal club: an imported study is read from the browser's store (same schema), any other from the API. */
const importedOrFetched = async <F extends StudyFile>(id: string, file: F, signal?: AbortSignal) =>
  (await importedFile(id, file)) ?? getStudyFile(id, file, signal)

/** One document of a study; each panel asks for its own, so one failure stays in its panel. */
export const useStudyFile = <F extends StudyFile>(id: string, file: F) => useQuery(studyFileQueryOptions(id, file))
