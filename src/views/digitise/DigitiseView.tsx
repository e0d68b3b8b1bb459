import { useMemo, useReducer, useRef, useState } from 'react'
import { isoToday, type FigureRef } from '../../domain/digitised'
import { pixelColour, toHex, type PixelPoint, type RgbaImage } from '../../domain/digitise'
import { CalibrationPanel } from './CalibrationPanel'
import { CurvesPanel } from './CurvesPanel'
import { DigitisedPoints } from './DigitisedPoints'
import { calibrationOf, INITIAL, reduce, type ChartType } from './digitise-state'
import { ImageLoader } from './ImageLoader'
import { PlotCanvas } from './PlotCanvas'
import { PreviewPanel } from './PreviewPanel'
import { SurvivalPanel } from './SurvivalPanel'
import './digitise.css'

const CHART_TYPES: { value: ChartType; label: string }[] = [
  { value: 'survival', label: 'Survival (Kaplan–Meier)' },
  { value: 'dose-response', label: 'Dose-response' },
  { value: 'growth', label: 'Tumour growth' },
  { value: 'bar', label: 'Bar chart' },
]

/** Digitise: read points off an image of a published plot, and for survival curves reconstruct the patients. */
export default function DigitiseView() {
  const [state, dispatch] = useReducer(reduce, INITIAL)
  const pixels = useRef<RgbaImage | null>(null)
  const [study, setStudy] = useState('')
  const [locator, setLocator] = useState('')
  const [date] = useState(isoToday)
  const figure: FigureRef = useMemo(() => ({ study: study.trim(), locator: locator.trim(), date }), [study, locator, date])
  const cal = calibrationOf(state)

  const pickColour = (at: PixelPoint) => {
    if (!pixels.current) return
    dispatch({ type: 'curve', index: state.active, patch: { colour: toHex(pixelColour(pixels.current, at.px, at.py)) } })
    dispatch({ type: 'mode', mode: { kind: 'add' } })
  }

  return (
    <>
      <header className="view-head">
        <h1>Digitise a figure</h1>
        <p className="lede">
          Load an image of a published plot, calibrate its axes, and capture its curves by clicking or by colour. Everything stays in this browser. For survival
          curves, add the printed numbers at risk to reconstruct the patients and compare the statistics with the paper’s.
        </p>
      </header>
      <div className="digitise-layout">
        <div className="digitise-layout__side">
          <fieldset className="digitise-panel">
            <legend>The figure</legend>
            <ImageLoader
              onLoad={(image, px) => {
                pixels.current = px
                dispatch({ type: 'image', image })
              }}
            />
            <label>
              Kind of plot
              <select value={state.chartType} onChange={(e) => dispatch({ type: 'chart-type', chartType: e.currentTarget.value as ChartType })}>
                {CHART_TYPES.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Study id
              <input value={study} onChange={(e) => setStudy(e.currentTarget.value)} placeholder="smith2024" />
            </label>
            <label>
              Figure and panel
              <input value={locator} onChange={(e) => setLocator(e.currentTarget.value)} placeholder="Fig. 2A" />
            </label>
          </fieldset>
          {state.image && <CalibrationPanel state={state} dispatch={dispatch} />}
          {state.image && <CurvesPanel state={state} dispatch={dispatch} pixels={pixels.current} />}
        </div>
        <div className="digitise-layout__main">
          {state.image ? (
            <PlotCanvas state={state} dispatch={dispatch} onPickColour={pickColour} />
          ) : (
            <p className="placeholder">No figure loaded yet. Choose a PNG or JPEG of the plot.</p>
          )}
          {'calibration' in cal && (
            <>
              <DigitisedPoints curves={state.curves} calibration={cal.calibration} figure={figure} />
              {state.chartType === 'survival' ? (
                <SurvivalPanel curves={state.curves} calibration={cal.calibration} figure={figure} />
              ) : (
                <PreviewPanel key={state.chartType} kind={state.chartType} curves={state.curves} calibration={cal.calibration} figure={figure} />
              )}
            </>
          )}
        </div>
      </div>
    </>
  )
}
