import { kaplanMeier } from '../../domain/models/kaplanMeier'
import type { Reconstruction } from '../../domain/digitised'

/** Props of FidelityPanel. */
interface Props {
  rec: Reconstruction
  /** The digitised points per arm (t, S), as given to the reconstruction. */
  digitised: readonly (readonly { t: number; s: number }[])[]
  colours: readonly string[]
  printedTimes: readonly number[]
  timeUnit: string
}

const W = 560
const H = 260
const PAD = { l: 40, r: 10, t: 10, b: 30 }

/** How well the reconstruction reproduces its inputs: KM over the digitised points, and numbers at risk. */
export function FidelityPanel({ rec, digitised, colours, printedTimes, timeUnit }: Props) {
  const tMax = Math.max(...digitised.flatMap((d) => d.map((p) => p.t)), ...printedTimes, 1)
  const x = (t: number) => PAD.l + (t / tMax) * (W - PAD.l - PAD.r)
  const y = (s: number) => PAD.t + (1 - s) * (H - PAD.t - PAD.b)
  const paths = rec.arms.map((a) => {
    const curve = kaplanMeier(a.guyot.subjects).curve
    return curve.map((p, i) => (i === 0 ? `M${x(p.t)},${y(p.s)}` : `H${x(p.t)}V${y(p.s)}`)).join('')
  })
  return (
    <section aria-labelledby="dg-fid-h" className="digitise-panel">
      <h3 id="dg-fid-h">Fidelity of the reconstruction</h3>
      <figure className="digitise-fidelity">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`Reconstructed Kaplan–Meier curves (lines) over the digitised points (rings), 0 to ${Math.round(tMax)} ${timeUnit}`}
        >
          <line x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} stroke="currentColor" />
          <line x1={PAD.l} x2={PAD.l} y1={y(0)} y2={y(1)} stroke="currentColor" />
          {[0, 0.5, 1].map((s) => (
            <text key={s} x={PAD.l - 6} y={y(s) + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {s}
            </text>
          ))}
          {printedTimes.map((t) => (
            <text key={t} x={x(t)} y={H - 10} textAnchor="middle" fontSize="11" fill="currentColor">
              {t}
            </text>
          ))}
          {rec.arms.map((a, i) => (
            <g key={a.id}>
              {digitised[i]!.map((p, j) => (
                <circle key={j} cx={x(p.t)} cy={y(p.s)} r="2.4" fill="none" stroke={colours[i]} strokeWidth="0.8" opacity="0.6" />
              ))}
              <path d={paths[i]} fill="none" stroke={colours[i]} strokeWidth="1" />
            </g>
          ))}
        </svg>
        <figcaption>Lines: Kaplan–Meier of the reconstructed patients. Rings: the digitised points. The lines should run through the rings.</figcaption>
      </figure>
      <table className="digitise-table">
        <caption>Number at risk: printed under the figure against estimated from the reconstruction</caption>
        <thead>
          <tr>
            <th scope="col">Time ({timeUnit})</th>
            {rec.arms.map((a) => (
              <th key={a.id} scope="col">
                {a.label}: printed / estimated
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {printedTimes.map((t, i) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              {rec.arms.map((a) => {
                const printed = a.printedNRisk[i]
                const est = a.guyot.estimatedNRisk[i]
                return (
                  <td key={a.id} className={printed !== est ? 'digitise-mismatch' : undefined}>
                    {printed} / {est}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
