// Thinning for drawing only: a chart with 10,000 marks costs seconds of layout and shows no more than one mark
// per few pixels. Tables and CSV keep every value; the caption says how many were drawn.

/** Largest number of marks a chart draws before it thins them. */
const MAX_MARKS = 1500

/** Largest number of points one group (a growth arm, a dose-response curve) draws before it is thinned. */
export const MAX_GROUP_MARKS = 400

/**
 * Keeps at most one point per cell of a `cols` × `rows` grid over the extent of (`x`, `y`) (the first in each cell,
 * in input order), so a scatter keeps its shape and its outliers. Returns the input itself when it has at most
 * `max` points.
 */
export function thinGrid<P>(points: readonly P[], x: (p: P) => number, y: (p: P) => number, cols: number, rows: number, max: number): readonly P[] {
  if (points.length <= max) return points
  // Each coordinate is read once into typed arrays: the accessors may be costly (a log), and 10,000 of them add up.
  const xs = Float64Array.from(points, x)
  const ys = Float64Array.from(points, y)
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  for (let i = 0; i < xs.length; i++) {
    x0 = Math.min(x0, xs[i]!)
    x1 = Math.max(x1, xs[i]!)
    y0 = Math.min(y0, ys[i]!)
    y1 = Math.max(y1, ys[i]!)
  }
  const seen = new Uint8Array(cols * rows)
  const out: P[] = []
  for (let i = 0; i < xs.length; i++) {
    const key = cell(xs[i]!, x0, x1, cols) * rows + cell(ys[i]!, y0, y1, rows)
    if (seen[key]) continue
    seen[key] = 1
    out.push(points[i]!)
  }
  return out
}

/** Index of the cell of `v` among `n` equal cells over [lo, hi] (values outside land in the end cells). */
const cell = (v: number, lo: number, hi: number, n: number) => (hi > lo ? Math.max(0, Math.min(n - 1, Math.floor(((v - lo) / (hi - lo)) * n))) : 0)

/**
 * Scatter thinning on the points' own x and y. The default grid (24 × 16: cells a dot or two wide on a 600 × 300
 * plot) holds at most 384 marks.
 */
export function thinScatter<P extends { x: number; y: number }>(points: readonly P[], cols = 24, rows = 16, max = MAX_MARKS): readonly P[] {
  return thinGrid(
    points,
    (p) => p.x,
    (p) => p.y,
    cols,
    rows,
    max,
  )
}

/**
 * Thins a step curve (sorted by time) for drawing. Points that repeat the previous value are dropped first (a step
 * curve draws the same without them; the last point stays, it carries the line to the end). If that is not enough,
 * each of `cols` columns over [0, `tMax`] keeps its first and last point, so every drop is drawn at pixel precision,
 * and past `tMax` (clipped by the axis) only the first point stays. Returns the input itself with at most `max` points.
 */
export function thinSteps<P>(
  points: readonly P[],
  t: (p: P) => number,
  same: (a: P, b: P) => boolean,
  tMax: number,
  cols = 600,
  max = MAX_MARKS,
): readonly P[] {
  if (points.length <= max) return points
  const last = points.length - 1
  const changes = points.filter((p, i) => i === 0 || i === last || !same(p, points[i - 1]!))
  if (changes.length <= max) return changes
  const out: P[] = []
  let col = -1
  for (let i = 0; i < changes.length; i++) {
    const p = changes[i]!
    const at = t(p)
    if (at > tMax) {
      out.push(p)
      break
    }
    const c = cell(at, 0, tMax, cols)
    const next = changes[i + 1]
    const lastInCol = next === undefined || t(next) > tMax || cell(t(next), 0, tMax, cols) !== c
    if (c !== col || lastInCol) out.push(p)
    col = c
  }
  return out
}

/**
 * Thins a line (sorted by x) for drawing: of each of `cols` columns over the x extent it keeps the lowest and the
 * highest point, in x order, plus the first and last point, so the envelope of the line survives. Returns the input
 * itself with at most `max` points.
 */
export function thinLine<P>(points: readonly P[], x: (p: P) => number, y: (p: P) => number, cols = 96, max = MAX_GROUP_MARKS): readonly P[] {
  if (points.length <= max) return points
  const x0 = x(points[0]!)
  const x1 = x(points[points.length - 1]!)
  const lo = new Map<number, number>()
  const hi = new Map<number, number>()
  points.forEach((p, i) => {
    const c = cell(x(p), x0, x1, cols)
    const l = lo.get(c)
    const h = hi.get(c)
    if (l === undefined || y(p) < y(points[l]!)) lo.set(c, i)
    if (h === undefined || y(p) > y(points[h]!)) hi.set(c, i)
  })
  const keep = new Set([0, points.length - 1, ...lo.values(), ...hi.values()])
  return [...keep].sort((a, b) => a - b).map((i) => points[i]!)
}

/** 10000 → "10,000". By hand: the first toLocaleString of a page sets up Intl, which costs tens of ms. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** "drawn 1,234 of 10,000 points" when thinned, else undefined. */
export const drawnOf = (drawn: number, all: number, what = 'points') => (drawn < all ? `drawn ${grouped(drawn)} of ${grouped(all)} ${what}` : undefined)
