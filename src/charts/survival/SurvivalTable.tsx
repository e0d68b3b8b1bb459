import { num } from '../../domain/format'
import type { SurvivalView } from './model'

/** Table view of a survival chart: each arm's anchors and how its curve was made, then numbers at risk. */
export function SurvivalTable({ view }: { view: SurvivalView }) {
  const landmarks = [6, 12, 24].filter((t) => t <= view.tMax)
  return (
    <>
      <table className="data-table">
        <caption className="visually-hidden">Survival by arm</caption>
        <thead>
          <tr>
            <th scope="col">Arm</th>
            <th scope="col">n</th>
            <th scope="col">Median ({view.timeUnit})</th>
            <th scope="col">Median provenance</th>
            {landmarks.map((t) => (
              <th key={t} scope="col">
                S({t})
              </th>
            ))}
            <th scope="col">Curve</th>
          </tr>
        </thead>
        <tbody>
          {view.arms.map((arm) => (
            <tr key={arm.id}>
              <th scope="row">{arm.label}</th>
              <td>{arm.n ? `${arm.n.value}${arm.n.provenance === 'reported' ? '' : ` (${arm.n.provenance})`}` : '—'}</td>
              <td>{arm.median ? num(arm.median.value) : '—'}</td>
              <td>{arm.median ? `${arm.median.provenance} (${arm.median.locator})` : '—'}</td>
              {landmarks.map((t) => {
                const p = arm.curve.reduce((best, q) => (Math.abs(q.t - t) < Math.abs(best.t - t) ? q : best), arm.curve[0]!)
                return <td key={t}>{`${Math.round(p.s * 100)}% (${arm.curveProvenance})`}</td>
              })}
              <td>{arm.curveModel}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.atRisk && (
        <table className="data-table">
          <caption>Number at risk</caption>
          <thead>
            <tr>
              <th scope="col">Arm</th>
              {view.ticks.map((t) => (
                <th key={t} scope="col">
                  {t} {view.timeUnit}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.atRisk.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                {r.counts.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
