import { queryOptions, useQuery } from '@tanstack/react-query'
import { Agent } from '../domain/schema/agent'
import { getIndex, type IndexDoc } from './client'
import { importedAgents } from './imported-studies'

/** GET /api/catalogue.json: every agent across studies; an invalid entry is left out, not fatal. */
export const getCatalogue = (signal?: AbortSignal) => getIndex('catalogue.json', Agent, signal)

// Many panels on every route read the catalogue; after a failure, each newly mounted one would refetch it and make
// the app-wide banner blink. It stays failed until the banner's Retry.
export const catalogueQueryOptions = () =>
  queryOptions({ queryKey: ['catalogue'], queryFn: async ({ signal }) => withImportedAgents(await getCatalogue(signal)), retryOnMount: false })

/** Journal club: new agents of imported studies join the shared ones; the first of an id wins. */
async function withImportedAgents(shared: IndexDoc<Agent>): Promise<IndexDoc<Agent>> {
  const seen = new Set(shared.items.map((a) => a.id))
  const added = (await importedAgents()).filter((a) => !seen.has(a.id) && !!seen.add(a.id))
  return { ...shared, items: [...shared.items, ...added] }
}

/** The shared drug/agent catalogue. */
export const useCatalogue = () => useQuery({ ...catalogueQueryOptions(), select: (d) => d.items })
