import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { studyFileQueryOptions, type StudyDoc } from '../../api/study-files'
import { buildMatrix, matrixStudy, type MatrixStudy, type PhenotypeMatrix } from '../../domain/phenotype-matrix'
import type { StudySummary } from '../../domain/schema/bundle'

/** Progress and result of loading every study's phenotype calls. */
export interface MatrixData {
  loaded: number
  total: number
  /** Studies whose files failed, with a way to retry them. */
  failed: { id: string; message: string; retry: () => void }[]
  /** Null until every study has answered (or failed): building once beats rebuilding 500 times. */
  matrix: PhenotypeMatrix | null
}

type Result = UseQueryResult<StudyDoc<'study.json'>> | UseQueryResult<StudyDoc<'phenotypes.json'>>

interface Combined {
  loaded: number
  total: number
  failed: MatrixData['failed']
  studies: MatrixStudy[] | null
}

// Module-level so TanStack Query can skip re-running it when no result changed. While studies arrive it only
// counts (it runs once per batch of answers); the MatrixStudy list is built once, when every study has answered.
function combine(results: Result[]): Combined {
  const total = results.length / 2
  let loaded = 0
  let settled = 0
  const failed: Combined['failed'] = []
  for (let i = 0; i < results.length; i += 2) {
    const meta = results[i]!
    const ph = results[i + 1]!
    if (meta.isError || ph.isError) {
      settled++
      const err = (meta.error ?? ph.error) as Error
      failed.push({ id: (meta.data as StudyDoc<'study.json'> | undefined)?.id ?? `study ${i / 2 + 1}`, message: err.message, retry: () => void (meta.isError ? meta.refetch() : ph.refetch()) })
    } else if (meta.data && ph.data) {
      settled++
      loaded++
    }
  }
  if (settled < total) return { loaded, total, failed, studies: null }
  const studies: MatrixStudy[] = []
  for (let i = 0; i < results.length; i += 2) {
    const meta = results[i]!.data as StudyDoc<'study.json'> | undefined
    const ph = results[i + 1]!.data as StudyDoc<'phenotypes.json'> | undefined
    if (meta && ph) studies.push(matrixStudy(meta, ph))
  }
  return { loaded, total, failed, studies }
}

/** Loads study.json and phenotypes.json of every listed study (in parallel, cached) and builds the matrix once. */
export function useMatrixData(list: readonly StudySummary[]): MatrixData {
  const catalogue = useCatalogue()
  const queries = useMemo(() => list.flatMap((s) => [studyFileQueryOptions(s.id, 'study.json'), studyFileQueryOptions(s.id, 'phenotypes.json')]), [list])
  const { loaded, total, failed, studies } = useQueries({ queries, combine })
  const matrix = useMemo(() => (studies && catalogue.data ? buildMatrix(studies, catalogue.data) : null), [studies, catalogue.data])
  return { loaded, total, failed, matrix }
}
