// The Digitise page's state: the image, the axis references, the captured curves and what a click does.
// Points are kept in image pixels, so a corrected calibration re-reads every point.
import { checkAxis, pixelToData, type AxisCalibration, type Calibration, type DataPoint, type PixelPoint } from '../../domain/digitise'

/** Which kind of figure is being read: survival curves get the reconstruction. */
export type ChartType = 'survival' | 'dose-response' | 'growth' | 'bar'

/** The four axis references: two on x, two on y. */
export type RefName = 'x1' | 'x2' | 'y1' | 'y2'

/** What a click on the image does. */
export type ClickMode = { kind: 'calibrate'; ref: RefName } | { kind: 'add' } | { kind: 'pick-colour' } | { kind: 'move' } | { kind: 'erase' }

/** One captured curve (a survival arm, a dose-response curve, a growth arm or a set of bars). */
export interface Curve {
  label: string
  /** "#rrggbb": drawn with this colour, and traced by it. */
  colour: string
  points: PixelPoint[]
}

/** Everything the page holds. */
export interface DigitiseState {
  chartType: ChartType
  image?: { url: string; width: number; height: number; name: string }
  refs: Partial<Record<RefName, PixelPoint>>
  /** Typed values of the references, as text until they parse. */
  values: Record<RefName, string>
  xLog: boolean
  yLog: boolean
  curves: Curve[]
  active: number
  mode: ClickMode
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd']

/** A fresh page: no image, two empty curves, clicks add points. */
export const INITIAL: DigitiseState = {
  chartType: 'survival',
  refs: {},
  values: { x1: '', x2: '', y1: '', y2: '' },
  xLog: false,
  yLog: false,
  curves: [
    { label: 'Arm 1', colour: PALETTE[0]!, points: [] },
    { label: 'Arm 2', colour: PALETTE[1]!, points: [] },
  ],
  active: 0,
  mode: { kind: 'calibrate', ref: 'x1' },
}

/** Every change the page makes. */
export type Action =
  | { type: 'image'; image: NonNullable<DigitiseState['image']> }
  | { type: 'chart-type'; chartType: ChartType }
  | { type: 'mode'; mode: ClickMode }
  | { type: 'ref'; ref: RefName; at: PixelPoint }
  | { type: 'value'; ref: RefName; text: string }
  | { type: 'log'; axis: 'x' | 'y'; on: boolean }
  | { type: 'active'; index: number }
  | { type: 'curve'; index: number; patch: Partial<Omit<Curve, 'points'>> }
  | { type: 'add-curve' }
  | { type: 'remove-curve'; index: number }
  | { type: 'add-point'; at: PixelPoint }
  | { type: 'move-point'; index: number; at: PixelPoint }
  | { type: 'delete-point'; index: number }
  | { type: 'set-points'; points: PixelPoint[] }

const NEXT_REF: Record<RefName, RefName | null> = { x1: 'x2', x2: 'y1', y1: 'y2', y2: null }

function withActivePoints(s: DigitiseState, f: (pts: PixelPoint[]) => PixelPoint[]): DigitiseState {
  return { ...s, curves: s.curves.map((c, i) => (i === s.active ? { ...c, points: f(c.points) } : c)) }
}

/** The page's reducer. */
export function reduce(s: DigitiseState, a: Action): DigitiseState {
  switch (a.type) {
    case 'image':
      // A new image invalidates the old references and points.
      return {
        ...INITIAL,
        chartType: s.chartType,
        curves: s.curves.map((c) => ({ ...c, points: [] })),
        values: s.values,
        xLog: s.xLog,
        yLog: s.yLog,
        image: a.image,
      }
    case 'chart-type':
      return { ...s, chartType: a.chartType }
    case 'mode':
      return { ...s, mode: a.mode }
    case 'ref': {
      // After placing one reference, the next click places the next one; after the last, clicks add points.
      const next = NEXT_REF[a.ref]
      return { ...s, refs: { ...s.refs, [a.ref]: a.at }, mode: next ? { kind: 'calibrate', ref: next } : { kind: 'add' } }
    }
    case 'value':
      return { ...s, values: { ...s.values, [a.ref]: a.text } }
    case 'log':
      return a.axis === 'x' ? { ...s, xLog: a.on } : { ...s, yLog: a.on }
    case 'active':
      return { ...s, active: Math.min(Math.max(a.index, 0), s.curves.length - 1) }
    case 'curve':
      return { ...s, curves: s.curves.map((c, i) => (i === a.index ? { ...c, ...a.patch } : c)) }
    case 'add-curve': {
      const n = s.curves.length
      return { ...s, curves: [...s.curves, { label: `Curve ${n + 1}`, colour: PALETTE[n % PALETTE.length]!, points: [] }], active: n }
    }
    case 'remove-curve': {
      if (s.curves.length <= 1) return s
      const curves = s.curves.filter((_, i) => i !== a.index)
      return { ...s, curves, active: Math.min(s.active, curves.length - 1) }
    }
    case 'add-point':
      return withActivePoints(s, (pts) => [...pts, a.at])
    case 'move-point':
      return withActivePoints(s, (pts) => pts.map((p, i) => (i === a.index ? a.at : p)))
    case 'delete-point':
      return withActivePoints(s, (pts) => pts.filter((_, i) => i !== a.index))
    case 'set-points':
      return withActivePoints(s, () => a.points)
  }
}

/** The calibration if all four references are placed and valued; otherwise the first thing missing, in words. */
export function calibrationOf(s: DigitiseState): { calibration: Calibration } | { problem: string } {
  const axis = (name: 'x' | 'y', log: boolean): AxisCalibration | string => {
    const [r1, r2] = [`${name}1`, `${name}2`] as const
    const p1 = s.refs[r1]
    const p2 = s.refs[r2]
    if (!p1 || !p2) return `Click the two ${name}-axis reference points on the image.`
    const v1 = s.values[r1].trim() === '' ? NaN : Number(s.values[r1])
    const v2 = s.values[r2].trim() === '' ? NaN : Number(s.values[r2])
    if (!Number.isFinite(v1) || !Number.isFinite(v2)) return `Type the values printed at the two ${name}-axis reference points.`
    const cal: AxisCalibration = {
      a: { pixel: name === 'x' ? p1.px : p1.py, value: v1 },
      b: { pixel: name === 'x' ? p2.px : p2.py, value: v2 },
      scale: log ? 'log' : 'linear',
    }
    try {
      checkAxis(cal, name)
    } catch (e) {
      return (e as Error).message
    }
    return cal
  }
  const x = axis('x', s.xLog)
  if (typeof x === 'string') return { problem: x }
  const y = axis('y', s.yLog)
  if (typeof y === 'string') return { problem: y }
  return { calibration: { x, y } }
}

/** A curve's points in data units, sorted by x. */
export function dataPoints(cal: Calibration, curve: Curve): DataPoint[] {
  return curve.points.map((p) => pixelToData(cal, p)).sort((a, b) => a.x - b.x)
}

/**
 * The pixel box the trace searches: the calibrated plot area padded by 2 % (lines on the axes' limits
 * count), and on to the image's right edge, since curves often run past the last labelled tick.
 */
export function plotRegion(s: DigitiseState): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const { x1, x2, y1, y2 } = s.refs
  if (!x1 || !x2 || !y1 || !y2 || !s.image) return undefined
  const [l, r] = [Math.min(x1.px, x2.px), Math.max(x1.px, x2.px)]
  const [t, b] = [Math.min(y1.py, y2.py), Math.max(y1.py, y2.py)]
  const padX = 0.02 * (r - l)
  const padY = 0.02 * (b - t)
  return { x0: l - padX, y0: t - padY, x1: Math.max(r + padX, s.image.width - 1), y1: b + padY }
}
