import { queryOptions, useQuery } from '@tanstack/react-query'
import { StudyIndex } from '../domain/schema/bundle'
import { getJson } from './client'

/** GET /api/studies.json: one summary per curated study. */
export const getStudies = (signal?: AbortSignal) => getJson('studies.json', StudyIndex, signal)

export const studiesQueryOptions = () => queryOptions({ queryKey: ['studies'], queryFn: ({ signal }) => getStudies(signal) })

/** The list of studies for the Overview. */
export const useStudies = () => useQuery(studiesQueryOptions())
