import type { Action, DigitiseState, RefName } from './digitise-state'
import { calibrationOf } from './digitise-state'

/** Props of CalibrationPanel. */
interface Props {
  state: DigitiseState
  dispatch: (a: Action) => void
}

const REFS: { ref: RefName; label: string }[] = [
  { ref: 'x1', label: 'x₁' },
  { ref: 'x2', label: 'x₂' },
  { ref: 'y1', label: 'y₁' },
  { ref: 'y2', label: 'y₂' },
]

/** Two known points per axis: click each on the image, type the value printed there; log axes optional. */
export function CalibrationPanel({ state, dispatch }: Props) {
  const cal = calibrationOf(state)
  return (
    <fieldset className="digitise-panel">
      <legend>1. Calibrate the axes</legend>
      <p className="hint">Click two labelled ticks on each axis, far apart, and type the values printed there.</p>
      <div className="digitise-refs">
        {REFS.map(({ ref, label }) => {
          const placing = state.mode.kind === 'calibrate' && state.mode.ref === ref
          const at = state.refs[ref]
          return (
            <div key={ref} className="digitise-ref-row">
              <button type="button" aria-pressed={placing} onClick={() => dispatch({ type: 'mode', mode: { kind: 'calibrate', ref } })}>
                Place {label}
              </button>
              <span className="digitise-ref-at">{at ? `at (${Math.round(at.px)}, ${Math.round(at.py)}) px` : 'not placed'}</span>
              <label>
                {label} value
                <input inputMode="decimal" value={state.values[ref]} onChange={(e) => dispatch({ type: 'value', ref, text: e.currentTarget.value })} size={8} />
              </label>
            </div>
          )
        })}
      </div>
      <label>
        <input type="checkbox" checked={state.xLog} onChange={(e) => dispatch({ type: 'log', axis: 'x', on: e.currentTarget.checked })} /> x axis is logarithmic
      </label>{' '}
      <label>
        <input type="checkbox" checked={state.yLog} onChange={(e) => dispatch({ type: 'log', axis: 'y', on: e.currentTarget.checked })} /> y axis is logarithmic
      </label>
      <p role="status" className={'problem' in cal ? 'digitise-status digitise-status--todo' : 'digitise-status'}>
        {'problem' in cal ? cal.problem : 'Axes calibrated.'}
      </p>
    </fieldset>
  )
}
