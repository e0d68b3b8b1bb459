// Thinning for drawing only: a chart with 10,000 marks costs seconds of layout and shows no more than one mark
// per few pixels. Tables and CSV keep every value; the caption says how many were drawn.

/** Largest number of marks a chart draws before it thins them. */
const MAX_MARKS = 1500

/**
 * Keeps at most one point per cell of a `cols` × `rows` grid over the points' extent (the first in each cell,
 * in input order), so a scatter keeps its shape and its outliers. Returns the input itself when it has at most
 * `max` points. The default grid (24 × 16: cells a dot or two wide on a 600 × 300 plot) holds at most 384 marks.
 */
export function thinScatter<P extends { x: number; y: number }>(points: readonly P[], cols = 24, rows = 16, max = MAX_MARKS): readonly P[] {
  if (points.length <= max) return points
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  for (const p of points) {
    x0 = Math.min(x0, p.x)
    x1 = Math.max(x1, p.x)
    y0 = Math.min(y0, p.y)
    y1 = Math.max(y1, p.y)
  }
  const cell = (v: number, lo: number, hi: number, n: number) => (hi > lo ? Math.min(n - 1, Math.floor(((v - lo) / (hi - lo)) * n)) : 0)
  const seen = new Set<number>()
  const out: P[] = []
  for (const p of points) {
    const key = cell(p.x, x0, x1, cols) * rows + cell(p.y, y0, y1, rows)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(p)
  }
  return out
}

/** "drawn 1,234 of 10,000 points" when thinned, else undefined. */
export const drawnOf = (drawn: number, all: number, what = 'points') =>
  drawn < all ? `drawn ${drawn.toLocaleString('en-US')} of ${all.toLocaleString('en-US')} ${what}` : undefined
