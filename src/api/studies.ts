import { queryOptions, useQuery } from '@tanstack/react-query'
import { StudyIndex, type StudySummary } from '../domain/schema/bundle'
import { getJson } from './client'
import { importedSummaries, type ListedStudy } from './imported-studies'

/** GET /api/studies.json: one summary per curated study. */
export const getStudies = (signal?: AbortSignal) => getJson('studies.json', StudyIndex, signal)

export const studiesQueryOptions = () => queryOptions({ queryKey: ['studies'], queryFn: ({ signal }) => withImported(getStudies(signal)) })

/** Journal club: the user's imported studies follow the built-in ones. */
const withImported = async (builtIn: Promise<StudySummary[]>): Promise<ListedStudy[]> => [...(await builtIn), ...(await importedSummaries())]

/** The list of studies for the Overview. */
export const useStudies = () => useQuery(studiesQueryOptions())
