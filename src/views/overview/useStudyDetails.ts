import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { studyFileQueryOptions } from '../../api/study-files'
import type { StudyDetail } from '../../domain/search'

/**
 * study.json (steps, claims, caveats) and pathway.json (nodes) of the given studies, as far as they have loaded.
 * Each is its own cached request, shared with the study cards and the Study view; a failure leaves that part out.
 */
export function useStudyDetails(ids: readonly string[]): ReadonlyMap<string, StudyDetail> {
  const metas = useQueries({ queries: ids.map((id) => studyFileQueryOptions(id, 'study.json')) })
  const pathways = useQueries({ queries: ids.map((id) => studyFileQueryOptions(id, 'pathway.json')) })
  const metaData = metas.map((q) => q.data)
  const nodeData = pathways.map((q) => q.data?.nodes)
  // Re-derive only when a document arrives, not on every render of the query results.
  const key = [...metaData.map((d) => (d ? 1 : 0)), ...nodeData.map((d) => (d ? 1 : 0))].join('') + ids.join()
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => new Map(ids.map((id, i) => [id, { id, meta: metaData[i], nodes: nodeData[i] }])), [key])
}
