import { num, quantityText } from '../../domain/format'
import { GUYOT_MODEL, type Reconstruction } from '../../domain/digitised'
import { ProvenanceBadge } from '../../ui/ProvenanceBadge'

/** Props of ReconstructionStats. */
interface Props {
  rec: Reconstruction
  timeUnit: string
}

/** "P = 0.034", "P < 0.0001". */
export function pWords(p: number): string {
  return p < 0.0001 ? 'P < 0.0001' : `P = ${Number(p.toPrecision(2))}`
}

const orNr = (v: number | null) => (v === null ? 'not reached' : num(v, 2))

/** Medians, log-rank and Cox HR from the reconstructed patients (derived), beside the paper's HR (reported). */
export function ReconstructionStats({ rec, timeUnit }: Props) {
  const [a, b] = rec.arms
  const derived = `${GUYOT_MODEL}; inputs: the digitised curves and the printed numbers at risk`
  const reported = rec.series.hazardRatio
  return (
    <table className="digitise-table digitise-stats">
      <caption>Statistics of the reconstructed patients, beside what the paper reports</caption>
      <thead>
        <tr>
          <th scope="col">Quantity</th>
          <th scope="col">Value</th>
          <th scope="col">Provenance</th>
          <th scope="col">How</th>
        </tr>
      </thead>
      <tbody>
        {rec.arms.map((arm) => (
          <tr key={arm.id}>
            <th scope="row">Median, {arm.label}</th>
            <td>
              {orNr(arm.median.median)} {timeUnit} (95% CI {orNr(arm.median.lower)} to {orNr(arm.median.upper)})
            </td>
            <td>
              <ProvenanceBadge provenance="derived" title={derived} />
            </td>
            <td>Kaplan–Meier of {arm.guyot.subjects.length} reconstructed patients; CI where the log-scale 95% band crosses 0.5 (as R survfit)</td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            HR, {b.label} vs {a.label}
          </th>
          <td>
            {num(rec.cox.hr, 2)} (95% CI {num(rec.cox.lower, 2)} to {num(rec.cox.upper, 2)}), {pWords(rec.cox.p)}
          </td>
          <td>
            <ProvenanceBadge provenance="derived" title={derived} />
          </td>
          <td>Cox proportional hazards (Efron ties, as R coxph), Wald CI and P</td>
        </tr>
        <tr>
          <th scope="row">Log-rank test</th>
          <td>
            χ² = {num(rec.logRank.chiSquare, 2)} on 1 df, {pWords(rec.logRank.p)}
          </td>
          <td>
            <ProvenanceBadge provenance="derived" title={derived} />
          </td>
          <td>On the reconstructed patients (as R survdiff)</td>
        </tr>
        <tr>
          <th scope="row">HR as the paper reports it</th>
          <td>{reported ? quantityText(reported) : 'not entered'}</td>
          <td>{reported && <ProvenanceBadge provenance="reported" />}</td>
          <td>{reported ? `Typed in from ${reported.source.locator}` : 'Type the paper’s HR above to compare'}</td>
        </tr>
      </tbody>
    </table>
  )
}
