import { queryOptions, useQuery } from '@tanstack/react-query'
import { Agent } from '../domain/schema/agent'
import { getIndex } from './client'

/** GET /api/catalogue.json: every agent across studies; an invalid entry is left out, not fatal. */
export const getCatalogue = (signal?: AbortSignal) => getIndex('catalogue.json', Agent, signal)

// Many panels on every route read the catalogue; after a failure, each newly mounted one would refetch it and make
// the app-wide banner blink. It stays failed until the banner's Retry.
export const catalogueQueryOptions = () => queryOptions({ queryKey: ['catalogue'], queryFn: ({ signal }) => getCatalogue(signal), retryOnMount: false })

/** The shared drug/agent catalogue. */
export const useCatalogue = () => useQuery({ ...catalogueQueryOptions(), select: (d) => d.items })
