import { memo } from 'react'
import { compareKey, sameKey, type CompareKey } from '../../domain/compare'
import { groupProvenance, groupsOf, type Picked } from '../../domain/series'
import { weakest } from '../../domain/models/provenance'
import { useViewStore } from '../../state/store'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'

const remove = (key: CompareKey) => {
  const s = useViewStore.getState()
  s.setCompare(s.compare.filter((k) => !sameKey(k, key)))
}

/** The chosen selections with where each comes from and how its values were obtained; each can be removed. */
export const CompareSelections = memo(function CompareSelections({ picked, missing }: { picked: readonly Picked[]; missing: readonly CompareKey[] }) {
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
            const provs = groupProvenance(p.series, p.group)
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
                  <button
                    type="button"
                    onClick={() => remove({ study: p.study, series: p.series.id, group: p.group })}
                    aria-label={`Remove ${p.study} ${g?.label ?? p.group} from the comparison`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            )
          })}
          {missing.map((k) => (
            <tr key={compareKey(k)}>
              <th scope="row" colSpan={5}>
                Not found: “{compareKey(k)}” names no study, experiment or group in the data.
              </th>
              <td>
                <button type="button" onClick={() => remove(k)} aria-label={`Remove ${compareKey(k)} from the comparison`}>
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
