import { memo } from 'react'
import type { MatrixFilter } from '../../domain/phenotype-matrix'
import { AGENT_CLASS_LABELS, type AgentClass } from '../../domain/schema/agent'

/** Props of MatrixFilters. */
interface Props {
  filter: MatrixFilter
  facets: { cancers: string[]; classes: AgentClass[]; nodes: string[] }
  onChange: (patch: Partial<MatrixFilter>) => void
}

/** Search box and the three filters (cancer, drug class, pathway node) over cards and matrix. */
export const MatrixFilters = memo(function MatrixFilters({ filter, facets, onChange }: Props) {
  const active = filter.cancer || filter.drugClass || filter.node || filter.query
  return (
    <form className="pm-filters" role="search" aria-label="Search and filter studies" onSubmit={(e) => e.preventDefault()}>
      <label className="pm-filters__search">
        Search studies, models, agents, nodes
        <input type="search" value={filter.query} placeholder="e.g. H3122, palbociclib, NRF2" onChange={(e) => onChange({ query: e.target.value })} />
      </label>
      <label>
        Cancer
        <select value={filter.cancer} onChange={(e) => onChange({ cancer: e.target.value })}>
          <option value="">All cancers</option>
          {facets.cancers.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Drug class
        <select value={filter.drugClass} onChange={(e) => onChange({ drugClass: e.target.value })}>
          <option value="">All classes</option>
          {facets.classes.map((c) => (
            <option key={c} value={c}>
              {AGENT_CLASS_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pathway node
        <select value={filter.node} onChange={(e) => onChange({ node: e.target.value })}>
          <option value="">All nodes</option>
          {facets.nodes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!active} onClick={() => onChange({ cancer: '', drugClass: '', node: '', query: '' })}>
        Clear filters
      </button>
    </form>
  )
})
