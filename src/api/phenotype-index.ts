import { queryOptions, useQuery } from '@tanstack/react-query'
import { PhenotypeIndex } from '../domain/schema/bundle'
import { getJson } from './client'
import { importedPhenotypeEntries } from './imported-studies'

/** GET /api/phenotypes.json: every study's models, conditions and phenotype calls in one document. */
export const getPhenotypeIndex = (signal?: AbortSignal) => getJson('phenotypes.json', PhenotypeIndex, signal)

export const phenotypeIndexQueryOptions = () => queryOptions({ queryKey: ['phenotype-index'], queryFn: async ({ signal }) => [...(await getPhenotypeIndex(signal)), ...(await importedPhenotypeEntries())] })

/** The data of the cross-study phenotype matrix. */
export const usePhenotypeIndex = () => useQuery(phenotypeIndexQueryOptions())
