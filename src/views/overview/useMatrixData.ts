import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { usePhenotypeIndex } from '../../api/phenotype-index'
import { buildMatrix, matrixStudy, type PhenotypeMatrix } from '../../domain/phenotype-matrix'
import type { Agent } from '../../domain/schema/agent'
import type { StudySummary } from '../../domain/schema/bundle'

const NO_AGENTS: readonly Agent[] = []

/** Progress and result of loading every study's phenotype calls. */
export interface MatrixData {
  loaded: number
  total: number
  /** What failed, with a way to retry it. */
  failed: { id: string; message: string; retry: () => void }[]
  /** How many listed studies have no phenotype calls because their data failed (all of them when the document failed). */
  missing: number
  /** Null until the calls (and the catalogue) have arrived. */
  matrix: PhenotypeMatrix | null
}

/** The matrix of the listed studies, from the one combined phenotypes document (one request for all studies). */
export function useMatrixData(list: readonly StudySummary[]): MatrixData {
  const catalogue = useCatalogue()
  const index = usePhenotypeIndex()
  // A failed catalogue must not hold the matrix back: it draws with raw drug ids, and the app-wide banner offers Retry.
  const agents = catalogue.data ?? (catalogue.isError ? NO_AGENTS : undefined)
  const matrix = useMemo(() => {
    if (!index.data || !agents) return null
    const wanted = new Set(list.map((s) => s.id))
    const studies = index.data.filter((e) => wanted.has(e.study.id)).map((e) => matrixStudy(e.study, e.phenotypes))
    return buildMatrix(studies, agents)
  }, [index.data, agents, list])
  const failed = index.isError ? [{ id: 'phenotypes.json', message: index.error.message, retry: () => void index.refetch() }] : []
  // Studies whose entry was left out of the index (invalid) are missing too, though the document loaded.
  const present = new Set(index.data?.map((e) => e.study.id))
  const missing = index.isError ? list.length : index.data ? list.filter((s) => !present.has(s.id)).length : 0
  return { loaded: index.data ? list.length - missing : 0, total: list.length, failed, missing, matrix }
}
