import { queryOptions, useQuery } from '@tanstack/react-query'
import { PhenotypeIndexEntry } from '../domain/schema/bundle'
import { getIndex } from './client'
import { importedPhenotypeEntries } from './imported-studies'

/** GET /api/phenotypes.json: every study's models, conditions and phenotype calls; an invalid study entry is left out. */
export const getPhenotypeIndex = (signal?: AbortSignal) => getIndex('phenotypes.json', PhenotypeIndexEntry, signal)

/** The built-in studies' entries, then the imported studies'. */
export const phenotypeIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['phenotype-index'],
    queryFn: async ({ signal }) => {
      const doc = await getPhenotypeIndex(signal)
      return { ...doc, items: [...doc.items, ...(await importedPhenotypeEntries())] }
    },
  })

/** The data of the cross-study phenotype matrix. */
export const usePhenotypeIndex = () => useQuery({ ...phenotypeIndexQueryOptions(), select: (d) => d.items })
