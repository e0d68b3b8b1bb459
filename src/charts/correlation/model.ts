// Correlation view: the points with their provenance, the reported r, and the r of the drawn points.
import { weakest } from '../../domain/models/provenance'
import type { Provenance } from '../../domain/schema/provenance'
import type { CorrelationSeries } from '../../domain/schema/series'
import { drawnOf, thinScatter } from '../downsample'
import { CSV_COLUMNS, type CsvTable } from '../export/csv'
import { approx } from '../provenance-style'

/** Pearson's r of paired values; null with fewer than 3 pairs or no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length
  if (n !== ys.length || n < 3) return null
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx
    const dy = ys[i]! - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null
}

/** Everything a CorrelationChart draws. */
export interface CorrelationView {
  xLabel: string
  yLabel: string
  points: { x: number; y: number; provenance: Provenance; locator: string }[]
  /** The points the chart draws: all of them, or one per pixel cell when there are thousands (tables and CSV keep all). */
  plotted: readonly CorrelationView['points'][number][]
  /** "drawn N of M points" when thinned. */
  thinned?: string
  pointsProvenance: Provenance
  /** The r the paper states, with its P when given. */
  reported?: { text: string; provenance: Provenance; locator: string }
  /** r of the points as drawn (as strong as the weakest point). */
  drawn?: { text: string; provenance: Provenance }
  hiddenIllustrative: number
}

/** Builds the drawable view of a correlation series; the switch hides illustrative points. */
export function correlationView(series: CorrelationSeries, hideIllustrative: boolean): CorrelationView {
  const all = series.points.map((p) => ({ x: p.x, y: p.y, provenance: p.provenance, locator: p.source.locator }))
  const points = hideIllustrative ? all.filter((p) => p.provenance !== 'illustrative') : all
  const r = series.r
  const drawnR = pearson(
    points.map((p) => p.x),
    points.map((p) => p.y),
  )
  const plotted = thinScatter(points)
  const thinned = drawnOf(plotted.length, points.length)
  const pointsProvenance = points.length ? weakest(points.map((p) => p.provenance)) : 'reported'
  return {
    xLabel: series.xLabel,
    yLabel: series.yLabel,
    points,
    plotted,
    ...(thinned ? { thinned } : {}),
    pointsProvenance,
    ...(r
      ? {
          reported: {
            text: `r = ${r.qualifier ?? ''}${approx(r.provenance)}${r.decimals === undefined ? r.value : r.value.toFixed(r.decimals)}${r.p ? `, P ${r.p.relation} ${r.p.value}` : ''}${r.n ? `, n = ${r.n}` : ''}`,
            provenance: r.provenance,
            locator: r.source.locator,
          },
        }
      : {}),
    ...(drawnR !== null
      ? { drawn: { text: `r = ${drawnR.toFixed(2)} for the ${points.length} points drawn`, provenance: weakest([pointsProvenance, 'derived']) } }
      : {}),
    hiddenIllustrative: all.length - points.length,
  }
}

/** CSV of a correlation view: every point, then the reported and drawn r. */
export function correlationCsv(view: CorrelationView, study: string, figure: string, chart: string): CsvTable {
  const rows: (string | number)[][] = view.points.map((p, i) => [
    study,
    figure,
    chart,
    `point ${i + 1}`,
    p.x,
    view.xLabel,
    p.y,
    view.yLabel,
    '',
    '',
    p.provenance,
    p.locator,
    '',
  ])
  if (view.reported)
    rows.push([study, figure, chart, 'reported r', '', '', view.reported.text, '', '', '', view.reported.provenance, view.reported.locator, ''])
  if (view.drawn) rows.push([study, figure, chart, 'r of drawn points', '', '', view.drawn.text, '', '', '', view.drawn.provenance, figure, "Pearson's r"])
  return { columns: CSV_COLUMNS, rows }
}
