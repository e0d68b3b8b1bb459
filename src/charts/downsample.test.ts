import { describe, expect, it } from 'vitest'
import { drawnOf, thinGrid, thinLine, thinScatter, thinSteps } from './downsample'

describe('thinScatter', () => {
  it('returns small inputs untouched', () => {
    const pts = [{ x: 1, y: 2 }]
    expect(thinScatter(pts)).toBe(pts)
  })

  it('keeps one point per grid cell, the first, and the extremes', () => {
    // 10,000 points on a 100 × 100 lattice, thinned on a 10 × 10 grid: one per cell.
    const pts = Array.from({ length: 10_000 }, (_, i) => ({ x: i % 100, y: Math.floor(i / 100) }))
    const out = thinScatter(pts, 10, 10, 100)
    expect(out).toHaveLength(100)
    expect(out[0]).toBe(pts[0])
    expect(out).toContainEqual({ x: 90, y: 90 })
  })
})

describe('drawnOf', () => {
  it('says how many were drawn only when thinned', () => {
    expect(drawnOf(1234, 10_000)).toBe('drawn 1,234 of 10,000 points')
    expect(drawnOf(5, 5)).toBeUndefined()
    expect(drawnOf(999, 1_234_567, 'curve points')).toBe('drawn 999 of 1,234,567 curve points')
  })
})

// The expected values below are worked out by hand from the inputs, not produced by running the code.
describe('thinGrid', () => {
  it('keeps the first point of each cell on the transformed axes', () => {
    // x on a log scale: 1, 10, 100, 1000 → 0, 1, 2, 3; two columns split at 1.5, one row.
    const pts = [1, 2, 10, 100, 1000, 500].map((x) => ({ x, y: 0 }))
    const out = thinGrid(
      pts,
      (p) => Math.log10(p.x),
      (p) => p.y,
      2,
      1,
      3,
    )
    // Column 0 takes log10 < 1.5 (1, 2, 10): the first is 1. Column 1 (100, 1000, 500): the first is 100.
    expect(out.map((p) => p.x)).toEqual([1, 100])
  })
})

describe('thinSteps', () => {
  const pt = (t: number, s: number) => ({ t, s })
  const thin = (pts: { t: number; s: number }[], tMax: number, cols: number, max: number) =>
    thinSteps(
      pts,
      (p) => p.t,
      (a, b) => a.s === b.s,
      tMax,
      cols,
      max,
    )

  it('drops only the points that repeat the previous value when that is enough', () => {
    const pts = [pt(0, 1), pt(1, 1), pt(2, 0.9), pt(3, 0.9), pt(4, 0.9), pt(5, 0.8), pt(6, 0.8)]
    // Repeats at t = 1, 3 and 4 go; t = 6 repeats too but is the last point, so it stays: 4 points.
    expect(thin(pts, 10, 10, 4)).toEqual([pt(0, 1), pt(2, 0.9), pt(5, 0.8), pt(6, 0.8)])
  })

  it('keeps the first and last change of each column, and one point past the axis', () => {
    // tMax 10 in 2 columns: [0, 5) and [5, 10]. Every point is a change.
    const pts = [pt(0, 1), pt(1, 0.9), pt(2, 0.8), pt(3, 0.7), pt(6, 0.6), pt(7, 0.5), pt(9, 0.4), pt(11, 0.3), pt(12, 0.2)]
    // Column 0: first t = 0, last t = 3. Column 1: first t = 6, last t = 9. Past 10: t = 11 only.
    expect(thin(pts, 10, 2, 3)).toEqual([pt(0, 1), pt(3, 0.7), pt(6, 0.6), pt(9, 0.4), pt(11, 0.3)])
  })

  it('returns small inputs untouched', () => {
    const pts = [pt(0, 1), pt(1, 1)]
    expect(thin(pts, 10, 2, 5)).toBe(pts)
  })
})

describe('thinLine', () => {
  it('keeps the lowest and highest point of each column, the ends, in x order', () => {
    // x 0…8 in 2 columns over [0, 8]: [0, 4) and [4, 8].
    const ys = [5, 1, 9, 3, 4, 8, 2, 6, 7]
    const pts = ys.map((y, x) => ({ x, y }))
    const out = thinLine(
      pts,
      (p) => p.x,
      (p) => p.y,
      2,
      4,
    )
    // Column 0 (x 0–3, y 5 1 9 3): low x = 1, high x = 2. Column 1 (x 4–8, y 4 8 2 6 7): low x = 6, high x = 5.
    // Plus the ends x = 0 and x = 8.
    expect(out.map((p) => p.x)).toEqual([0, 1, 2, 5, 6, 8])
  })

  it('returns small inputs untouched', () => {
    const pts = [{ x: 0, y: 0 }]
    expect(
      thinLine(
        pts,
        (p) => p.x,
        (p) => p.y,
      ),
    ).toBe(pts)
  })
})
