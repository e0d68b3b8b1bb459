import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { studyFileQueryOptions } from '../../api/study-files'
import type { StudyDocs } from '../../domain/pathway/evidence'
import type { Agent } from '../../domain/schema/agent'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId, StudyMeta } from '../../domain/schema/study'

/** The catalogue as a map by id (empty until it loads). */
export function useAgentMap(): ReadonlyMap<string, Agent> {
  const { data } = useCatalogue()
  return useMemo(() => new Map(data?.map((a) => [a.id, a])), [data])
}

/** Every study's pathway and metadata, for the combined diagram and its toggles; a study that failed is left out and named. */
export function useAllPathways(ids: readonly StudyId[]) {
  const results = useQueries({
    queries: ids.flatMap((id) => [studyFileQueryOptions(id, 'pathway.json'), studyFileQueryOptions(id, 'study.json')]),
  })
  const failedIds = ids.filter((_, i) => results[2 * i]?.error || results[2 * i + 1]?.error)
  const error = results.find((r) => r.error)?.error
  const done = results.every((r) => r.data || r.error)
  const data = useMemo(
    () =>
      done
        ? ids.flatMap((id, i) => {
            const pathway = results[2 * i]?.data as Pathway | undefined
            const study = results[2 * i + 1]?.data as StudyMeta | undefined
            return pathway && study ? [{ id, pathway, study }] : []
          })
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- results is a new array each render; its data items are stable
    [done, ids, ...results.map((r) => r.data)],
  )
  return { data, error, failedIds, retry: () => results.forEach((r) => r.error && void r.refetch()) }
}

/** All four documents of every study, for the evidence panel (loaded only when a node is opened). */
export function useEvidenceDocs(ids: readonly StudyId[]): { docs: StudyDocs[] | undefined; error?: string } {
  const files = ['study.json', 'pathway.json', 'evidence.json', 'series.json'] as const
  const results = useQueries({ queries: ids.flatMap((id) => files.map((f) => studyFileQueryOptions(id, f))) })
  const failed = results.filter((r) => r.error).map((r) => r.error?.message)
  const done = results.every((r) => r.data || r.error)
  const docs = useMemo(() => {
    if (!done) return undefined
    return ids.flatMap((id, i): StudyDocs[] => {
      const [meta, pathway, evidence, series] = results.slice(i * 4, i * 4 + 4).map((r) => r.data) as [
        StudyMeta?,
        Pathway?,
        StudyDocs['evidence']?,
        StudyDocs['series']?,
      ]
      if (!meta || !pathway) return []
      return [{ id, title: meta.mechanism, claims: meta.claims, pathway, evidence: evidence ?? [], series: series ?? [] }]
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see useAllPathways
  }, [done, ids, ...results.map((r) => r.data)])
  return { docs, ...(failed.length ? { error: failed.join('; ') } : {}) }
}
