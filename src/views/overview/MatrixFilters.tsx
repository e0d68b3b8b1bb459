import { memo } from 'react'
import { CALL_LABEL, type MatrixFilter } from '../../domain/phenotype-matrix'
import { AGENT_CLASS_LABELS, type AgentClass } from '../../domain/schema/agent'
import { CALLS, type Call } from '../../domain/schema/phenotype'

/** Props of MatrixFilters. */
interface Props {
  filter: MatrixFilter
  facets: { cancers: string[]; classes: AgentClass[]; nodes: string[] }
  onChange: (patch: Partial<MatrixFilter>) => void
}

/** Search box, the filters (cancer, drug class, pathway node, call) and the tested-only switch over cards and matrix. */
export const MatrixFilters = memo(function MatrixFilters({ filter, facets, onChange }: Props) {
  const active = filter.cancer || filter.drugClass || filter.node || filter.query || filter.call || !filter.testedOnly
  return (
    <form className="pm-filters" role="search" aria-label="Search and filter studies" onSubmit={(e) => e.preventDefault()}>
      <label className="pm-filters__search">
        Search agents, targets, models, nodes, claims
        <input
          type="search"
          value={filter.query}
          placeholder="e.g. mTOR inhibitor, HER3, restore, MCF-7"
          onChange={(e) => onChange({ query: e.target.value })}
        />
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
      <label>
        Call
        <select value={filter.call} onChange={(e) => onChange({ call: e.target.value as Call | '' })}>
          <option value="">Any call</option>
          {CALLS.map((c) => (
            <option key={c} value={c}>
              {CALL_LABEL[c]} only
            </option>
          ))}
        </select>
      </label>
      <label className="pm-filters__check">
        <input type="checkbox" checked={filter.testedOnly} onChange={(e) => onChange({ testedOnly: e.target.checked })} />
        Tested only
      </label>
      <button type="button" disabled={!active} onClick={() => onChange({ cancer: '', drugClass: '', node: '', query: '', call: '', testedOnly: true })}>
        Clear filters
      </button>
    </form>
  )
})
