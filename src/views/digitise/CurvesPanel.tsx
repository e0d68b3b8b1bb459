import { useState } from 'react'
import { dataToPixel, parseHex, traceColour, type RgbaImage } from '../../domain/digitise'
import type { Action, ChartType, DigitiseState } from './digitise-state'
import { calibrationOf, plotRegion } from './digitise-state'

/** Props of CurvesPanel. */
interface Props {
  state: DigitiseState
  dispatch: (a: Action) => void
  pixels: RgbaImage | null
}

const GROUP_WORD: Record<ChartType, string> = { survival: 'arm', 'dose-response': 'curve', growth: 'arm', bar: 'bar set' }

/** The curves being captured: which is active, its colour, and the click, trace and correction tools. */
export function CurvesPanel({ state, dispatch, pixels }: Props) {
  const [tolerance, setTolerance] = useState(60)
  const [note, setNote] = useState<string | null>(null)
  const [typed, setTyped] = useState({ x: '', y: '' })
  const active = state.curves[state.active]!
  const word = GROUP_WORD[state.chartType]
  const region = plotRegion(state)
  const modeButton = (kind: 'add' | 'pick-colour' | 'move' | 'erase', label: string) => (
    <button type="button" aria-pressed={state.mode.kind === kind} onClick={() => dispatch({ type: 'mode', mode: { kind } })}>
      {label}
    </button>
  )
  const trace = () => {
    if (!pixels || !region) return setNote('Load an image and calibrate both axes before tracing.')
    let target
    try {
      target = parseHex(active.colour)
    } catch (e) {
      return setNote((e as Error).message)
    }
    const points = traceColour(pixels, target, { tolerance, region, mode: state.chartType === 'survival' ? 'step' : 'centre' })
    dispatch({ type: 'set-points', points })
    setNote(
      points.length
        ? `Traced ${points.length} points for ${active.label}. Check them on the image; move or erase any that are wrong.`
        : `No pixels of ${active.colour} (within tolerance ${tolerance}) in the plot area. Pick the colour from the curve itself, or raise the tolerance.`,
    )
  }
  // Keyboard entry (and exact correction): a point typed in data units is placed through the calibration.
  const addTyped = () => {
    const cal = calibrationOf(state)
    if ('problem' in cal) return setNote(`Calibrate first: ${cal.problem}`)
    const x = Number(typed.x)
    const y = Number(typed.y)
    if (typed.x.trim() === '' || typed.y.trim() === '' || !Number.isFinite(x) || !Number.isFinite(y)) return setNote('Type a number for both x and y.')
    const at = dataToPixel(cal.calibration, { x, y })
    if (!Number.isFinite(at.px) || !Number.isFinite(at.py)) return setNote('That point cannot sit on a logarithmic axis (values must be above 0).')
    dispatch({ type: 'add-point', at })
    setTyped({ x: '', y: '' })
    setNote(`Added (${x}, ${y}) to ${active.label}.`)
  }
  return (
    <fieldset className="digitise-panel">
      <legend>2. Capture the {word}s</legend>
      <div role="radiogroup" aria-label={`Active ${word}`} className="digitise-curves">
        {state.curves.map((c, i) => (
          <div key={i} className="digitise-curve-row">
            <label>
              <input type="radio" name="active-curve" checked={i === state.active} onChange={() => dispatch({ type: 'active', index: i })} /> {c.label} (
              {c.points.length} points)
            </label>
            <label>
              Name of {word} {i + 1}
              <input value={c.label} onChange={(e) => dispatch({ type: 'curve', index: i, patch: { label: e.currentTarget.value } })} size={14} />
            </label>
            <label>
              Colour of {word} {i + 1}
              <input type="color" value={c.colour} onChange={(e) => dispatch({ type: 'curve', index: i, patch: { colour: e.currentTarget.value } })} />
            </label>
            {state.curves.length > 1 && state.chartType !== 'survival' && (
              <button type="button" onClick={() => dispatch({ type: 'remove-curve', index: i })}>
                Remove {c.label}
              </button>
            )}
          </div>
        ))}
      </div>
      {state.chartType !== 'survival' && (
        <button type="button" onClick={() => dispatch({ type: 'add-curve' })}>
          Add a {word}
        </button>
      )}
      <div className="digitise-tools" role="group" aria-label="Click tools">
        {modeButton('add', 'Click points')}
        {modeButton('pick-colour', 'Pick colour from image')}
        {modeButton('move', 'Move points')}
        {modeButton('erase', 'Erase points')}
        <button type="button" onClick={() => dispatch({ type: 'set-points', points: active.points.slice(0, -1) })} disabled={!active.points.length}>
          Undo last point
        </button>
        <button type="button" onClick={() => dispatch({ type: 'set-points', points: [] })} disabled={!active.points.length}>
          Clear {active.label}
        </button>
      </div>
      {state.chartType === 'bar' ? (
        <p className="hint">Bars: click the top of each bar (the x value is read too; calibrate x at two bar centres, e.g. 1 and 2).</p>
      ) : (
        <div className="digitise-tools" role="group" aria-label="Colour trace">
          <label>
            Colour tolerance
            <input type="number" min={0} max={441} value={tolerance} onChange={(e) => setTolerance(Number(e.currentTarget.value) || 0)} size={4} />
          </label>
          <button type="button" onClick={trace}>
            Trace {active.label} by colour
          </button>
        </div>
      )}
      <div className="digitise-tools" role="group" aria-label="Type a point">
        <label>
          Point x
          <input inputMode="decimal" value={typed.x} onChange={(e) => setTyped({ ...typed, x: e.currentTarget.value })} size={7} />
        </label>
        <label>
          Point y
          <input inputMode="decimal" value={typed.y} onChange={(e) => setTyped({ ...typed, y: e.currentTarget.value })} size={7} />
        </label>
        <button type="button" onClick={addTyped}>
          Add point to {active.label}
        </button>
      </div>
      {note && (
        <p role="status" className="digitise-status">
          {note}
        </p>
      )}
    </fieldset>
  )
}
