import { queryOptions, useQuery } from '@tanstack/react-query'
import { Catalogue } from '../domain/schema/agent'
import { getJson } from './client'
import { importedAgents } from './imported-studies'

/** GET /api/catalogue.json: every agent across studies. */
export const getCatalogue = (signal?: AbortSignal) => getJson('catalogue.json', Catalogue, signal)

export const catalogueQueryOptions = () => queryOptions({ queryKey: ['catalogue'], queryFn: async ({ signal }) => [...(await getCatalogue(signal)), ...(await importedAgents())] })

/** The shared drug/agent catalogue. */
export const useCatalogue = () => useQuery(catalogueQueryOptions())
