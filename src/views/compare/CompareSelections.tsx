import { memo } from 'react'
import { groupsOf, type Picked, type Series } from '../../domain/series'
import { weakest } from '../../domain/models/provenance'
import type { Provenance } from '../../domain/schema/provenance'
import { useViewStore } from '../../state/store'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'

/** Every provenance among a group's values: reported medians, derived curves, illustrative points... */
function provenanceOf(series: Series, groupId: string): Provenance[] {
  const g = groupsOf(series).find((x) => x.id === groupId) as Record<string, unknown> | undefined
  if (!g) return []
  const found = new Set<Provenance>()
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o.provenance === 'string') found.add(o.provenance as Provenance)
      else Object.values(o).forEach(visit)
    }
  }
  visit(g)
  // A median-only survival arm is drawn as a derived curve between reported anchors.
  if (series.kind === 'survival' && !(g.points as unknown[] | undefined)?.length && g.median) found.add('derived')
  return [...found]
}

const remove = (key: string) => {
  const s = useViewStore.getState()
  s.setCompare(s.compare.filter((k) => k !== key))
}

/** The chosen selections with where each comes from and how its values were obtained; each can be removed. */
export const CompareSelections = memo(function CompareSelections({ picked, missing }: { picked: readonly Picked[]; missing: readonly string[] }) {
  return (
    <div className="table-scroll cmp-selections" role="region" aria-label="Selections being compared" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Study</th>
            <th scope="col">Experiment</th>
            <th scope="col">Group</th>
            <th scope="col">Source</th>
            <th scope="col">Provenance</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {picked.map((p) => {
            const g = groupsOf(p.series).find((x) => x.id === p.group)
            const provs = provenanceOf(p.series, p.group)
            return (
              <tr key={p.key}>
                <th scope="row">{p.study}</th>
                <td>{p.series.title}</td>
                <td>{g?.label}</td>
                <td>{p.series.source.locator}</td>
                <td>
                  {provs.map((v) => (
                    <ProvenanceBadge key={v} provenance={v} />
                  ))}
                  {provs.length > 1 && <span className="cmp-weakest"> (as strong as its weakest: {weakest(provs)})</span>}
                </td>
                <td>
                  <button type="button" onClick={() => remove(p.key)} aria-label={`Remove ${p.study} ${g?.label ?? p.group} from the comparison`}>
                    Remove
                  </button>
                </td>
              </tr>
            )
          })}
          {missing.map((k) => (
            <tr key={k}>
              <th scope="row" colSpan={5}>
                Not found: “{k}” names no study, experiment or group in the data.
              </th>
              <td>
                <button type="button" onClick={() => remove(k)} aria-label={`Remove ${k} from the comparison`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})
