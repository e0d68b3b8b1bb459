// Reading data off an image of a published plot: axis calibration, pixel ↔ data mapping, and
// tracing a curve by its colour. Pure functions; the Digitise view supplies clicks and pixels.

/** An image as the canvas gives it (ImageData fits): RGBA bytes, row by row from the top left. */
export interface RgbaImage {
  width: number
  height: number
  data: ArrayLike<number>
}

/** A point in image coordinates: x to the right, y downwards; pixel (i, j) covers [i, i+1) × [j, j+1). */
export interface PixelPoint {
  px: number
  py: number
}

/** A point in data units. */
export interface DataPoint {
  x: number
  y: number
}

/** One axis reference: a clicked pixel coordinate along the axis and the value printed there. */
export interface AxisReference {
  pixel: number
  value: number
}

/** Axis scale: linear, or logarithmic (values must be > 0; any base reads the same). */
export type AxisScale = 'linear' | 'log'

/** One axis calibrated from two reference points. */
export interface AxisCalibration {
  a: AxisReference
  b: AxisReference
  scale: AxisScale
}

/** Both axes; x uses the pixel column, y the pixel row (axes aligned with the image, no rotation). */
export interface Calibration {
  x: AxisCalibration
  y: AxisCalibration
}

function toScale(v: number, scale: AxisScale): number {
  return scale === 'log' ? Math.log10(v) : v
}

/** Throws a RangeError saying what is wrong with an axis calibration; returns nothing if it is usable. */
export function checkAxis(axis: AxisCalibration, name: 'x' | 'y'): void {
  const { a, b, scale } = axis
  for (const r of [a, b]) {
    if (!Number.isFinite(r.pixel) || !Number.isFinite(r.value)) throw new RangeError(`${name} axis: both reference points need a position and a number`)
    if (scale === 'log' && !(r.value > 0)) throw new RangeError(`${name} axis is logarithmic, so its reference values must be above 0 (got ${r.value})`)
  }
  if (Math.abs(a.pixel - b.pixel) < 1) throw new RangeError(`${name} axis: click two reference points at least a pixel apart`)
  if (a.value === b.value) throw new RangeError(`${name} axis: the two reference values must differ`)
}

/** Data value at a pixel coordinate along a calibrated axis. */
export function axisValue(axis: AxisCalibration, pixel: number): number {
  const va = toScale(axis.a.value, axis.scale)
  const vb = toScale(axis.b.value, axis.scale)
  const v = va + ((pixel - axis.a.pixel) * (vb - va)) / (axis.b.pixel - axis.a.pixel)
  return axis.scale === 'log' ? 10 ** v : v
}

/** Pixel coordinate of a data value along a calibrated axis (inverse of axisValue). */
export function axisPixel(axis: AxisCalibration, value: number): number {
  const va = toScale(axis.a.value, axis.scale)
  const vb = toScale(axis.b.value, axis.scale)
  return axis.a.pixel + ((toScale(value, axis.scale) - va) * (axis.b.pixel - axis.a.pixel)) / (vb - va)
}

/** Image pixel → data point. */
export function pixelToData(cal: Calibration, p: PixelPoint): DataPoint {
  return { x: axisValue(cal.x, p.px), y: axisValue(cal.y, p.py) }
}

/** Data point → image pixel. */
export function dataToPixel(cal: Calibration, d: DataPoint): PixelPoint {
  return { px: axisPixel(cal.x, d.x), py: axisPixel(cal.y, d.y) }
}

/** An RGB colour, channels 0–255. */
export interface Rgb {
  r: number
  g: number
  b: number
}

/** The colour of the pixel under image coordinates (px, py) (alpha ignored: published figures are opaque). */
export function pixelColour(img: RgbaImage, px: number, py: number): Rgb {
  const x = Math.floor(px)
  const y = Math.floor(py)
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) throw new RangeError(`pixel (${x}, ${y}) is outside the ${img.width} × ${img.height} image`)
  const i = (y * img.width + x) * 4
  return { r: img.data[i]!, g: img.data[i + 1]!, b: img.data[i + 2]! }
}

/** "#rrggbb" → Rgb; throws on anything else. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!m) throw new RangeError(`"${hex}" is not a colour like #1f77b4`)
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) }
}

/** Rgb → "#rrggbb". */
export function toHex(c: Rgb): string {
  return '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')
}

/** Options for colour tracing. */
export interface TraceOptions {
  /** Largest Euclidean RGB distance still counted as the curve's colour (0–441); default 60. */
  tolerance?: number
  /** Pixel box to search (the plot area), inclusive; default the whole image. */
  region?: { x0: number; y0: number; x1: number; y1: number }
  /**
   * 'centre': one point per column at the middle of the matching pixels (smooth curves).
   * 'step': a vertical run taller than the line becomes its two ends, the corners of a KM drop.
   */
  mode?: 'centre' | 'step'
}

/**
 * Trace a curve of one colour: for each pixel column, the rows whose colour is within tolerance of
 * the target, reduced to points (see TraceOptions.mode). Points are pixel centres, left to right.
 */
export function traceColour(img: RgbaImage, target: Rgb, options: TraceOptions = {}): PixelPoint[] {
  const tol = options.tolerance ?? 60
  const r = options.region ?? { x0: 0, y0: 0, x1: img.width - 1, y1: img.height - 1 }
  const x0 = Math.max(0, Math.floor(r.x0))
  const x1 = Math.min(img.width - 1, Math.ceil(r.x1))
  const y0 = Math.max(0, Math.floor(r.y0))
  const y1 = Math.min(img.height - 1, Math.ceil(r.y1))
  const tol2 = tol * tol
  // Runs of matching rows per column.
  const columns: { px: number; runs: [number, number][] }[] = []
  for (let x = x0; x <= x1; x++) {
    const runs: [number, number][] = []
    let start = -1
    for (let y = y0; y <= y1 + 1; y++) {
      let hit = false
      if (y <= y1) {
        const i = (y * img.width + x) * 4
        const dr = img.data[i]! - target.r
        const dg = img.data[i + 1]! - target.g
        const db = img.data[i + 2]! - target.b
        hit = dr * dr + dg * dg + db * db <= tol2
      }
      if (hit && start < 0) start = y
      if (!hit && start >= 0) {
        runs.push([start, y - 1])
        start = -1
      }
    }
    if (runs.length) columns.push({ px: x, runs })
  }
  if (options.mode !== 'step') {
    return columns.map(({ px, runs }) => {
      let sum = 0
      let n = 0
      for (const [a, b] of runs) {
        sum += ((a + b) / 2) * (b - a + 1)
        n += b - a + 1
      }
      return { px: px + 0.5, py: sum / n + 0.5 }
    })
  }
  // Line thickness = the commonest run height; a run clearly taller than it is a vertical drop.
  const heights = columns.flatMap((c) => c.runs.map(([a, b]) => b - a + 1)).sort((p, q) => p - q)
  const thickness = heights[Math.floor(heights.length / 2)] ?? 1
  const out: PixelPoint[] = []
  for (const { px, runs } of columns) {
    const x = px + 0.5
    for (const [a, b] of runs) {
      // Rows a..b cover [a, b + 1); a line's centre sits half a thickness inside each end.
      if (b - a + 1 > 2 * thickness) out.push({ px: x, py: a + thickness / 2 }, { px: x, py: b + 1 - thickness / 2 })
      else out.push({ px: x, py: (a + b + 1) / 2 })
    }
  }
  return out
}
