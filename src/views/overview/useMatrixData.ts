import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { usePhenotypeIndex } from '../../api/phenotype-index'
import { buildMatrix, matrixStudy, type PhenotypeMatrix } from '../../domain/phenotype-matrix'
import type { StudySummary } from '../../domain/schema/bundle'

/** Progress and result of loading every study's phenotype calls. */
export interface MatrixData {
  loaded: number
  total: number
  /** What failed, with a way to retry it. */
  failed: { id: string; message: string; retry: () => void }[]
  /** Null until the calls (and the catalogue) have arrived. */
  matrix: PhenotypeMatrix | null
}

/** The matrix of the listed studies, from the one combined phenotypes document (one request for all studies). */
export function useMatrixData(list: readonly StudySummary[]): MatrixData {
  const catalogue = useCatalogue()
  const index = usePhenotypeIndex()
  const matrix = useMemo(() => {
    if (!index.data || !catalogue.data) return null
    const wanted = new Set(list.map((s) => s.id))
    const studies = index.data.filter((e) => wanted.has(e.study.id)).map((e) => matrixStudy(e.study, e.phenotypes))
    return buildMatrix(studies, catalogue.data)
  }, [index.data, catalogue.data, list])
  const failed = index.isError ? [{ id: 'phenotypes.json', message: index.error.message, retry: () => void index.refetch() }] : []
  return { loaded: index.data ? list.length : 0, total: list.length, failed, matrix }
}
