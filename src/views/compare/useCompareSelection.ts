import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useStudies } from '../../api/studies'
import { studyFileQueryOptions, type StudyDoc } from '../../api/study-files'
import { compareKey, type CompareKey } from '../../domain/compare'
import type { StudyContext } from '../../domain/resistance-pairs'
import { groupsOf, isComparable, type Picked } from '../../domain/series'
import type { AgentId, Condition } from '../../domain/schema/study'
import { useViewStore } from '../../state/store'

/** The store's compare keys resolved against the studies' files. */
export interface CompareSelection {
  keys: readonly CompareKey[]
  picked: Picked[]
  /** Keys whose study, series or group does not exist (e.g. a stale link). */
  missing: CompareKey[]
  /** Study ids still loading. */
  loading: string[]
  /** Models and conditions of the loaded studies, for reading meaning from fields. */
  context: StudyContext
  failed: { study: string; message: string; retry: () => void }[]
  /** Agents and conditions the picked groups used: what the toggle panel enables. */
  tested: AgentId[]
  conditions: Condition[]
}

type Doc = UseQueryResult<StudyDoc<'series.json'>> | UseQueryResult<StudyDoc<'study.json'>>

// Module-level so TanStack Query re-runs it only when a result changed: the memo below then holds across toggles.
function combine(results: Doc[]) {
  return {
    datas: results.map((r) => r.data),
    pending: results.map((r) => r.isPending),
    errors: results.map((r) => (r.isError ? { message: (r.error as Error).message, retry: () => void r.refetch() } : null)),
  }
}

/** Loads series.json and study.json of every study named in the comparison and resolves each selection. */
export function useCompareSelection(): CompareSelection {
  const keys = useViewStore((s) => s.compare)
  const list = useStudies()
  // Only studies the list knows are fetched: a link full of made-up keys costs no requests. If the list failed, the keys' studies are tried (the URL codec caps their number).
  const known = useMemo(() => (list.data ? new Set(list.data.map((s) => s.id)) : null), [list.data])
  const studies = useMemo(
    () => (list.isPending ? [] : [...new Set(keys.map((k) => k.study).filter((s) => !known || known.has(s)))]),
    [keys, known, list.isPending],
  )
  const queries = useMemo(() => studies.flatMap((id) => [studyFileQueryOptions(id, 'series.json'), studyFileQueryOptions(id, 'study.json')]), [studies])
  const { datas, pending, errors } = useQueries({ queries, combine })
  const loading = studies.filter((_, i) => pending[2 * i] || pending[2 * i + 1])
  const failed = studies.flatMap((study, i) => {
    const bad = errors[2 * i] ?? errors[2 * i + 1]
    return bad ? [{ study, ...bad }] : []
  })
  const resolved = useMemo(() => resolve(keys, studies, datas, known), [keys, studies, datas, known])
  return { keys, loading: list.isPending ? ['the study list'] : loading, failed, ...resolved }
}

function resolve(keys: readonly CompareKey[], studies: readonly string[], datas: readonly unknown[], known: ReadonlySet<string> | null) {
  const picked: Picked[] = []
  const missing: CompareKey[] = []
  const tested = new Set<AgentId>()
  const conditions = new Map<string, Condition>()
  for (const k of keys) {
    const key = compareKey(k)
    const i = studies.indexOf(k.study)
    const series = datas[2 * i] as StudyDoc<'series.json'> | undefined
    const meta = datas[2 * i + 1] as StudyDoc<'study.json'> | undefined
    if (known && !known.has(k.study)) {
      missing.push(k)
      continue
    }
    if (!series || !meta) continue // still loading, or failed (reported separately)
    const s = series.find((x) => x.id === k.series)
    const group = s && isComparable(s) ? groupsOf(s).find((g) => g.id === k.group) : undefined
    if (!s || !isComparable(s) || !group) {
      missing.push(k)
      continue
    }
    picked.push({ key, study: k.study, series: s, group: k.group })
    group.agents.forEach((a) => tested.add(a))
    const c = group.condition && meta.conditions.find((x) => x.id === group.condition)
    if (c) conditions.set(c.id, c)
  }
  const metas = studies.map((_, i) => datas[2 * i + 1] as StudyDoc<'study.json'> | undefined).filter((m) => !!m)
  const context: StudyContext = { models: metas.flatMap((m) => m.models), conditions: metas.flatMap((m) => m.conditions) }
  return { picked, missing, tested: [...tested], conditions: [...conditions.values()], context }
}
