import { queryOptions, useQuery } from '@tanstack/react-query'
import { StudySummary } from '../domain/schema/bundle'
import { getIndex, type IndexDoc } from './client'
import { importedSummaries, type ListedStudy } from './imported-studies'

/** GET /api/studies.json: one summary per curated study; an invalid entry is left out, not fatal. */
export const getStudies = (signal?: AbortSignal) => getIndex('studies.json', StudySummary, signal)

export const studiesQueryOptions = () => queryOptions({ queryKey: ['studies'], queryFn: ({ signal }) => withImported(getStudies(signal)) })

/** Journal club: the user's imported studies follow the built-in ones. */
const withImported = async (builtIn: Promise<IndexDoc<StudySummary>>): Promise<IndexDoc<ListedStudy>> => {
  const doc = await builtIn
  return { ...doc, items: [...doc.items, ...(await importedSummaries())] }
}

/** The list of studies for the Overview. */
export const useStudies = () => useQuery({ ...studiesQueryOptions(), select: (d) => d.items })
