import { describe, expect, it } from 'vitest'
import {
  axisPixel,
  axisValue,
  checkAxis,
  dataToPixel,
  parseHex,
  pixelColour,
  pixelToData,
  toHex,
  traceColour,
  type Calibration,
  type DataPoint,
  type Rgb,
  type RgbaImage,
} from './digitise'
import { kaplanMeier } from './models/kaplanMeier'
import { mulberry32, simulateArm } from './models/survivalSim.test-data'

// A 700 × 480 figure: plot area x 60–660 px for t 0–30, y 40–440 px for S 1–0.
const W = 700
const H = 480
const CAL: Calibration = {
  x: { a: { pixel: 60, value: 0 }, b: { pixel: 660, value: 30 }, scale: 'linear' },
  y: { a: { pixel: 440, value: 0 }, b: { pixel: 40, value: 1 }, scale: 'linear' },
}

function blank(): RgbaImage & { data: Uint8ClampedArray } {
  return { width: W, height: H, data: new Uint8ClampedArray(W * H * 4).fill(255) }
}

/** Fill every pixel whose centre lies in the box (image coordinates). */
function fillBox(img: RgbaImage & { data: Uint8ClampedArray }, x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(H, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(W, Math.ceil(x1)); x++) {
      if (x + 0.5 < x0 || x + 0.5 > x1 || y + 0.5 < y0 || y + 0.5 > y1) continue
      img.data.set([c.r, c.g, c.b, 255], (y * W + x) * 4)
    }
  }
}

/** Draw a KM step curve (horizontal then vertical segments) with a line `w` px thick. */
function drawSteps(img: RgbaImage & { data: Uint8ClampedArray }, curve: readonly DataPoint[], c: Rgb, w: number): void {
  const h = w / 2
  for (let i = 0; i < curve.length; i++) {
    const p = dataToPixel(CAL, curve[i]!)
    const next = curve[i + 1]
    if (!next) break
    const q = dataToPixel(CAL, next)
    fillBox(img, p.px - h, p.py - h, q.px + h, p.py + h, c) // across at the old level
    fillBox(img, q.px - h, p.py - h, q.px + h, q.py + h, c) // down at the new time
  }
}

/**
 * Densely sampled true curve in axis-range units (0–1 on both axes). For coverage, verticals are
 * left out and so are levels shorter than `minLevel` (a level under a line's width is not visible).
 */
function denseSteps(curve: readonly DataPoint[], verticals = true, minLevel = 0): DataPoint[] {
  const out: DataPoint[] = []
  for (let i = 0; i + 1 < curve.length; i++) {
    const p = curve[i]!
    const q = curve[i + 1]!
    if (q.x - p.x >= minLevel) for (let k = 0; k <= 50; k++) out.push({ x: (p.x + ((q.x - p.x) * k) / 50) / 30, y: p.y })
    if (verticals) for (let k = 0; k <= 50; k++) out.push({ x: q.x / 30, y: p.y + ((q.y - p.y) * k) / 50 })
  }
  return out
}

function nearest(p: DataPoint, set: readonly DataPoint[]): number {
  let best = Infinity
  for (const q of set) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y))
  return best
}

describe('axis calibration', () => {
  it('maps linear axes both ways', () => {
    expect(pixelToData(CAL, { px: 360, py: 240 })).toEqual({ x: 15, y: 0.5 })
    expect(dataToPixel(CAL, { x: 7.5, y: 0.25 })).toEqual({ px: 210, py: 340 })
  })

  it('maps a log axis by decades', () => {
    const axis = { a: { pixel: 100, value: 0.001 }, b: { pixel: 400, value: 10 }, scale: 'log' as const }
    expect(axisValue(axis, 175)).toBeCloseTo(0.01, 12)
    expect(axisValue(axis, 325)).toBeCloseTo(1, 12)
    expect(axisPixel(axis, 0.1)).toBeCloseTo(250, 9)
  })

  it('says what is wrong with a calibration', () => {
    expect(() => checkAxis({ a: { pixel: 10, value: 0 }, b: { pixel: 10.5, value: 1 }, scale: 'linear' }, 'x')).toThrow(/a pixel apart/)
    expect(() => checkAxis({ a: { pixel: 10, value: 2 }, b: { pixel: 50, value: 2 }, scale: 'linear' }, 'y')).toThrow(/must differ/)
    expect(() => checkAxis({ a: { pixel: 10, value: 0 }, b: { pixel: 50, value: 10 }, scale: 'log' }, 'x')).toThrow(/above 0/)
    expect(() => checkAxis({ a: { pixel: 10, value: NaN }, b: { pixel: 50, value: 10 }, scale: 'linear' }, 'x')).toThrow(/a number/)
    expect(() => checkAxis({ a: { pixel: 10, value: 1 }, b: { pixel: 50, value: 10 }, scale: 'log' }, 'x')).not.toThrow()
  })

  it('reads and writes colours', () => {
    expect(parseHex('#1F77b4')).toEqual({ r: 31, g: 119, b: 180 })
    expect(toHex({ r: 31, g: 119, b: 180 })).toBe('#1f77b4')
    expect(() => parseHex('blue')).toThrow(/not a colour/)
    const img = blank()
    fillBox(img, 3, 4, 4, 5, { r: 10, g: 20, b: 30 })
    expect(pixelColour(img, 3.7, 4.2)).toEqual({ r: 10, g: 20, b: 30 })
    expect(() => pixelColour(img, W, 0)).toThrow(/outside/)
  })
})

describe('colour tracing recovers a rendered figure within 1 % of the axis range', () => {
  const rand = mulberry32(3)
  const blue = kaplanMeier(simulateArm(rand, 60, 8, 30)).curve.map((p) => ({ x: p.t, y: p.s }))
  const red = kaplanMeier(simulateArm(rand, 60, 16, 30)).curve.map((p) => ({ x: p.t, y: p.s }))
  const BLUE = parseHex('#1f77b4')
  const RED = parseHex('#d62728')
  const img = blank()
  // Axes and a grid line in black and grey, which the trace must ignore.
  fillBox(img, 59, 40, 61, 441, { r: 0, g: 0, b: 0 })
  fillBox(img, 59, 439, 660, 441, { r: 0, g: 0, b: 0 })
  fillBox(img, 60, 239.5, 660, 240.5, { r: 200, g: 200, b: 200 })
  drawSteps(img, blue, BLUE, 2)
  drawSteps(img, red, RED, 2)
  const region = { x0: 62, y0: 30, x1: 670, y1: 438 }

  it.each([
    ['blue', blue, BLUE, red],
    ['red', red, RED, blue],
  ] as const)('%s arm: every traced point lies on the true curve, and the trace covers it', (_, curve, colour, other) => {
    const traced = traceColour(img, colour, { mode: 'step', region }).map((p) => pixelToData(CAL, p))
    const tracedNorm = traced.map((p) => ({ x: p.x / 30, y: p.y }))
    expect(traced.length).toBeGreaterThan(500)
    const off = tracedNorm.map((p) => nearest(p, denseSteps(curve)))
    expect(Math.max(...off)).toBeLessThanOrEqual(0.01)
    // Coverage: every visible level (≥ 2 px = 0.1 wide) of the true curve is within 1 % of the trace,
    // except where the other arm runs along it (drawn on top, as in a real figure) and at t = 0.
    const otherDense = denseSteps(other)
    const levels = denseSteps(curve, false, 0.1).filter((p) => p.x > 0.005 && nearest(p, otherDense) > 0.01)
    const missed = levels.filter((p) => nearest(p, tracedNorm) > 0.01)
    expect(levels.length).toBeGreaterThan(1000)
    expect(missed).toEqual([])
  })

  it('step mode turns each drop into its two corners', () => {
    const traced = traceColour(img, BLUE, { mode: 'step', region }).map((p) => pixelToData(CAL, p))
    // A drop below the shared S = 1 start: the level before it and after it, both read at its time.
    // Drops with a visible level (≥ 2 px) on each side, so the two corners are distinct in the image.
    const drops = blue
      .map((_, i) => i)
      .filter((i) => i > 1 && i + 1 < blue.length && blue[i]!.y < blue[i - 1]!.y && blue[i]!.x - blue[i - 1]!.x >= 0.1 && blue[i + 1]!.x - blue[i]!.x >= 0.1)
    expect(drops.length).toBeGreaterThan(5)
    for (const i of drops.slice(0, 5)) {
      const atDrop = traced.filter((p) => Math.abs(p.x - blue[i]!.x) < 0.06)
      expect(Math.abs(Math.max(...atDrop.map((p) => p.y)) - blue[i - 1]!.y)).toBeLessThanOrEqual(0.01)
      expect(Math.abs(Math.min(...atDrop.map((p) => p.y)) - blue[i]!.y)).toBeLessThanOrEqual(0.01)
    }
  })

  it('a colour absent from the figure traces nothing; a wide tolerance picks up the grey grid too', () => {
    expect(traceColour(img, parseHex('#2ca02c'), { region })).toEqual([])
    const greyish = traceColour(img, parseHex('#c8c8c8'), { region, tolerance: 10 })
    expect(greyish.length).toBeGreaterThan(0)
    expect(greyish.every((p) => Math.abs(p.py - 240) < 1)).toBe(true)
  })
})

describe('centre tracing of a smooth curve on a log axis', () => {
  it('recovers a dose-response curve within 1 % of the y range', () => {
    const cal: Calibration = {
      x: { a: { pixel: 60, value: 0.001 }, b: { pixel: 660, value: 10 }, scale: 'log' },
      y: { a: { pixel: 440, value: 0 }, b: { pixel: 40, value: 100 }, scale: 'linear' },
    }
    const f = (dose: number) => 10 + 90 / (1 + (dose / 0.1) ** 1.2)
    const img = blank()
    const c = parseHex('#9467bd')
    // Three pixels thick: a dot of 3 × 3 at every tenth of a pixel along the curve.
    for (let px = 60; px <= 660; px += 0.1) {
      const py = axisPixel(cal.y, f(axisValue(cal.x, px)))
      fillBox(img, px - 1.5, py - 1.5, px + 1.5, py + 1.5, c)
    }
    const traced = traceColour(img, c, { region: { x0: 62, y0: 40, x1: 658, y1: 440 } }).map((p) => pixelToData(cal, p))
    expect(traced.length).toBeGreaterThan(590)
    for (const p of traced) expect(Math.abs(p.y - f(p.x))).toBeLessThanOrEqual(1)
  })
})
