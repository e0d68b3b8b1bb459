import { queryOptions, useQuery } from '@tanstack/react-query'
import { StudySummary } from '../domain/schema/bundle'
import { getIndex } from './client'

/** GET /api/studies.json: one summary per curated study; an invalid entry is left out, not fatal. */
export const getStudies = (signal?: AbortSignal) => getIndex('studies.json', StudySummary, signal)

export const studiesQueryOptions = () => queryOptions({ queryKey: ['studies'], queryFn: ({ signal }) => getStudies(signal) })

/** The list of studies for the Overview. */
export const useStudies = () => useQuery({ ...studiesQueryOptions(), select: (d) => d.items })
