import { useState } from 'react'
import { reconstructSurvival, type FigureRef, type Reconstruction } from '../../domain/digitised'
import type { Calibration } from '../../domain/digitise'
import { SeriesFigure } from '../common/SeriesFigure'
import { dataPoints, type Curve } from './digitise-state'
import { FidelityPanel } from './FidelityPanel'
import { parseNumberList, parseOptional } from './parse-list'
import { ReconstructionStats } from './ReconstructionStats'

/** Props of SurvivalPanel. */
interface Props {
  curves: readonly Curve[]
  calibration: Calibration
  figure: FigureRef
}

/** Survival: numbers at risk and the paper's HR in, reconstructed patients (Guyot 2012) and their statistics out. */
export function SurvivalPanel({ curves, calibration, figure }: Props) {
  const [times, setTimes] = useState('')
  const [atRisk, setAtRisk] = useState<string[]>(['', ''])
  const [events, setEvents] = useState<string[]>(['', ''])
  const [unit, setUnit] = useState('months')
  const [endpoint, setEndpoint] = useState('Overall survival')
  const [hr, setHr] = useState({ value: '', lower: '', upper: '', p: '', locator: '' })
  const [result, setResult] = useState<{ rec: Reconstruction; digitised: { t: number; s: number }[][]; printed: number[] } | { error: string } | null>(null)
  const arms = curves.slice(0, 2)
  // A y axis calibrated in percent (0–100) is read back to proportions.
  const yTop = Math.max(Math.abs(calibration.y.a.value), Math.abs(calibration.y.b.value))
  const percent = yTop > 1.5

  const run = () => {
    try {
      const printed = parseNumberList(times, 'Printed times')
      const digitised = arms.map((c) => dataPoints(calibration, c).map((p) => ({ t: p.x, s: percent ? p.y / 100 : p.y })))
      arms.forEach((c, i) => {
        if (!digitised[i]!.length) throw new Error(`${c.label}: capture its curve first (click or trace)`)
      })
      const captures = arms.map((c, i) => {
        const nRisk = parseNumberList(atRisk[i] ?? '', `Numbers at risk, ${c.label}`)
        if (nRisk.length !== printed.length) throw new Error(`Numbers at risk, ${c.label}: ${nRisk.length} numbers for ${printed.length} printed times`)
        const total = parseOptional(events[i] ?? '', `Total events, ${c.label}`)
        return { label: c.label, points: digitised[i]!, nRisk, ...(total !== undefined ? { totalEvents: total } : {}) }
      })
      const value = parseOptional(hr.value, 'Reported HR')
      const lower = parseOptional(hr.lower, 'Reported HR lower limit')
      const upper = parseOptional(hr.upper, 'Reported HR upper limit')
      const pText = hr.p.trim()
      const pLess = pText.startsWith('<')
      const p = parseOptional(pLess ? pText.slice(1) : pText, 'Reported P')
      if (value !== undefined && hr.locator.trim().length < 2) throw new Error('Reported HR: say where the paper states it (e.g. "Fig. 2A" or "Results")')
      const rec = reconstructSurvival({
        ref: figure,
        title: `${endpoint} (reconstructed from ${figure.locator})`,
        endpoint,
        timeUnit: unit,
        printedTimes: printed,
        arms: [captures[0]!, captures[1]!],
        ...(value !== undefined
          ? {
              reported: {
                value,
                locator: hr.locator.trim(),
                ...(lower !== undefined && upper !== undefined ? { lower, upper } : {}),
                ...(p !== undefined ? { p, pRelation: pLess ? ('<' as const) : ('=' as const) } : {}),
              },
            }
          : {}),
      })
      setResult({ rec, digitised, printed })
    } catch (e) {
      setResult({ error: (e as Error).message })
    }
  }

  const hrField = (key: keyof typeof hr, label: string) => (
    <label>
      {label}
      <input value={hr[key]} onChange={(e) => setHr({ ...hr, [key]: e.currentTarget.value })} size={key === 'locator' ? 12 : 7} />
    </label>
  )

  if (arms.length < 2) return <p className="placeholder">Survival reconstruction needs two arms.</p>
  return (
    <section aria-labelledby="dg-surv-h" className="digitise-panel">
      <h3 id="dg-surv-h">3. Reconstruct the patients (Guyot et al. 2012)</h3>
      <p className="hint">
        Type the number-at-risk table printed under the figure. The first arm is the reference: the HR is of {arms[1]!.label} against {arms[0]!.label}.
        {percent ? ' The y axis is read as percent survival.' : ''}
      </p>
      <div className="digitise-form">
        <label>
          Endpoint
          <input value={endpoint} onChange={(e) => setEndpoint(e.currentTarget.value)} />
        </label>
        <label>
          Time unit
          <input value={unit} onChange={(e) => setUnit(e.currentTarget.value)} size={8} />
        </label>
        <label>
          Printed times
          <input value={times} onChange={(e) => setTimes(e.currentTarget.value)} placeholder="0, 6, 12, 18, 24" />
        </label>
        {arms.map((c, i) => (
          <div key={i} className="digitise-form__row">
            <label>
              Numbers at risk, {c.label}
              <input
                value={atRisk[i]}
                onChange={(e) => setAtRisk(atRisk.map((v, j) => (j === i ? e.currentTarget.value : v)))}
                placeholder="200, 150, 96, 60, 31"
              />
            </label>
            <label>
              Total events, {c.label} (if printed)
              <input value={events[i]} onChange={(e) => setEvents(events.map((v, j) => (j === i ? e.currentTarget.value : v)))} size={6} />
            </label>
          </div>
        ))}
        <fieldset>
          <legend>The paper’s HR (optional, for comparison)</legend>
          {hrField('value', 'Reported HR')}
          {hrField('lower', 'Reported CI lower')}
          {hrField('upper', 'Reported CI upper')}
          {hrField('p', 'Reported P (e.g. 0.003 or <0.001)')}
          {hrField('locator', 'Where the paper states it')}
        </fieldset>
      </div>
      <button type="button" onClick={run}>
        Reconstruct
      </button>
      {result && 'error' in result && (
        <p role="alert" className="panel-error">
          {result.error}
        </p>
      )}
      {result && 'rec' in result && (
        <div className="digitise-results">
          <ReconstructionStats rec={result.rec} timeUnit={unit} />
          <SeriesFigure series={result.rec.series} />
          <FidelityPanel rec={result.rec} digitised={result.digitised} colours={arms.map((c) => c.colour)} printedTimes={result.printed} timeUnit={unit} />
        </div>
      )}
    </section>
  )
}
