import { useEffect } from 'react'
import { useSearch } from 'wouter'
import type { Agent, AgentClass } from '../../domain/schema/agent'
import { CALLS } from '../../domain/schema/phenotype'
import { useViewStore } from '../../state/store'

/** What the Overview's parameters may hold, once the data is known; null while loading. */
export interface KnownValues {
  agents: readonly Agent[]
  facets: { cancers: string[]; classes: AgentClass[]; nodes: string[] }
}

/**
 * Once the catalogue and matrix are known, removes Overview parameters that name nothing (a drug, cancer, class,
 * node or call that does not exist) from the URL, with a notice, instead of showing an empty matrix without a reason.
 */
export function useDropUnknownParams(known: KnownValues | null) {
  const search = useSearch()
  useEffect(() => {
    if (!known) return
    const params = new URLSearchParams(search)
    const valid: Record<string, (v: string) => boolean> = {
      drug: (v) => known.agents.some((a) => a.id === v),
      cancer: (v) => known.facets.cancers.includes(v),
      class: (v) => (known.facets.classes as string[]).includes(v),
      node: (v) => known.facets.nodes.includes(v),
      call: (v) => (CALLS as readonly string[]).includes(v),
      tested: (v) => v === 'all',
    }
    const dropped: string[] = []
    for (const [key, ok] of Object.entries(valid)) {
      const v = params.get(key)
      if (v !== null && !ok(v)) {
        dropped.push(`Ignored ${key}="${v.slice(0, 40)}" from the link: nothing here is called that.`)
        params.delete(key)
      }
    }
    if (!dropped.length) return
    const s = params.toString().replace(/%2C/g, ',')
    window.history.replaceState(window.history.state, '', window.location.pathname + (s ? `?${s}` : '') + window.location.hash)
    useViewStore.getState().addNotices(dropped)
  }, [known, search])
}
