import { queryOptions, useQuery } from '@tanstack/react-query'
import { Catalogue } from '../domain/schema/agent'
import { getJson } from './client'

/** GET /api/catalogue.json: every agent across studies. */
export const getCatalogue = (signal?: AbortSignal) => getJson('catalogue.json', Catalogue, signal)

export const catalogueQueryOptions = () => queryOptions({ queryKey: ['catalogue'], queryFn: ({ signal }) => getCatalogue(signal) })

/** The shared drug/agent catalogue. */
export const useCatalogue = () => useQuery(catalogueQueryOptions())
