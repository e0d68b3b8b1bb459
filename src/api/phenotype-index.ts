import { queryOptions, useQuery } from '@tanstack/react-query'
import { PhenotypeIndexEntry } from '../domain/schema/bundle'
import { getIndex } from './client'

/** GET /api/phenotypes.json: every study's models, conditions and phenotype calls; an invalid study entry is left out. */
export const getPhenotypeIndex = (signal?: AbortSignal) => getIndex('phenotypes.json', PhenotypeIndexEntry, signal)

export const phenotypeIndexQueryOptions = () => queryOptions({ queryKey: ['phenotype-index'], queryFn: ({ signal }) => getPhenotypeIndex(signal) })

/** The data of the cross-study phenotype matrix. */
export const usePhenotypeIndex = () => useQuery({ ...phenotypeIndexQueryOptions(), select: (d) => d.items })
