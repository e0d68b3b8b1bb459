import { queryOptions, useQuery } from '@tanstack/react-query'
import { Catalogue, type Agent } from '../domain/schema/agent'
import { getJson } from './client'
import { importedAgents } from './imported-studies'

/** GET /api/catalogue.json: every agent across studies. */
export const getCatalogue = (signal?: AbortSignal) => getJson('catalogue.json', Catalogue, signal)

export const catalogueQueryOptions = () => queryOptions({ queryKey: ['catalogue'], queryFn: async ({ signal }) => withImportedAgents(await getCatalogue(signal)) })

/** Journal club: new agents of imported studies join the shared ones; the first of an id wins. */
async function withImportedAgents(shared: Agent[]): Promise<Agent[]> {
  const seen = new Set(shared.map((a) => a.id))
  const added = (await importedAgents()).filter((a) => !seen.has(a.id) && !!seen.add(a.id))
  return [...shared, ...added]
}

/** The shared drug/agent catalogue. */
export const useCatalogue = () => useQuery(catalogueQueryOptions())
