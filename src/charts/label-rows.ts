/**
 * Stacking rows (0 = nearest the mark) for labels placed above marks on a log-x axis: a label that would
 * come closer than `labelPx` to one already in a row moves up a row, so "3 µM" and "4 µM" never print
 * over each other. `doses` are in the order drawn; the result is in the same order. `ys` (px down from the
 * plot top) and `rowPx` are for marks at different heights: see stackRows.
 */
export function labelRows(
  doses: readonly number[],
  domain: readonly [number, number],
  plotWidth: number,
  labelPx = 72,
  ys?: readonly number[],
  rowPx?: number,
): number[] {
  const decades = Math.log10(domain[1] / domain[0]) || 1
  return stackRows(
    doses.map((d) => (Math.log10(d / domain[0]) / decades) * plotWidth),
    labelPx,
    ys,
    rowPx,
  )
}

/**
 * The same on any axis: `xs` are label centres in px. Without `ys` every mark is at one height and labels
 * clash by x alone. With `ys` (px, down) a label in row r sits `r * rowPx` above its mark, and two labels
 * clash only when also closer than `rowPx` in height: a row that clears one mark's label can land on a
 * lower mark's label, so that row is skipped too.
 */
export function stackRows(xs: readonly number[], labelPx: number, ys?: readonly number[], rowPx = 26): number[] {
  const placed: { x: number; y: number }[] = []
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x)
  const out = new Array<number>(xs.length).fill(0)
  for (const { x, i } of order) {
    const y0 = ys?.[i] ?? 0
    let r = 0
    while (placed.some((o) => Math.abs(o.x - x) < labelPx && Math.abs(o.y - (y0 - r * rowPx)) < rowPx)) r++
    placed.push({ x, y: y0 - r * rowPx })
    out[i] = r
  }
  return out
}
