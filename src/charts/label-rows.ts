/**
 * Stacking rows (0 = nearest the mark) for labels placed above marks on a log-x axis: a label that would
 * come closer than `labelPx` to one already in a row moves up a row, so "3 µM" and "4 µM" never print
 * over each other. `doses` are in the order drawn; the result is in the same order.
 */
export function labelRows(doses: readonly number[], domain: readonly [number, number], plotWidth: number, labelPx = 72): number[] {
  const decades = Math.log10(domain[1] / domain[0]) || 1
  return stackRows(doses.map((d) => (Math.log10(d / domain[0]) / decades) * plotWidth), labelPx)
}

/** The same on any axis: `xs` are label centres in px. */
export function stackRows(xs: readonly number[], labelPx: number): number[] {
  const rows: number[][] = []
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x)
  const out = new Array<number>(xs.length).fill(0)
  for (const { x, i } of order) {
    let r = 0
    while (rows[r]?.some((other) => Math.abs(other - x) < labelPx)) r++
    ;(rows[r] ??= []).push(x)
    out[i] = r
  }
  return out
}
