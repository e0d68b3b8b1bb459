// Dose-response view: 4PL curves from reported/illustrative parameters or fitted to points, IC50 marks
// bounded by the tested range (never extrapolated), and resistance indices for parental/resistant pairs
// (paired by Condition.kind and Model.parent, never by id spelling).
import { boundedIc50, logDoseGrid, resistanceIndex, viability, type FourPL } from '../../domain/models/doseResponse'
import { fit4pl } from '../../domain/models/doseResponseFit'
import { weakest } from '../../domain/models/provenance'
import type { Provenance, Quantity } from '../../domain/schema/provenance'
import type { DoseResponseSeries } from '../../domain/schema/series'
import { EMPTY_CONTEXT, resistancePairs, type StudyContext } from '../../domain/resistance-pairs'
import type { Visibility } from '../../domain/selection'
import { CSV_COLUMNS, type CsvTable } from '../export/csv'
import { colourAt } from '../palette'
import { decadeDomain, formatDose, readableId } from '../scale'
import { approx } from '../provenance-style'
import { drawnOf, MAX_GROUP_MARKS, thinGrid } from '../downsample'

/** One measured or illustrative point drawn as its own mark. */
export interface DosePointView {
  x: number
  y: number
  /** Error bar half-width (same units as y), when given. */
  err?: number
  errKind?: string
  provenance: Provenance
  locator: string
}

/** An IC50 as drawn: a value on the curve, or a bound at the edge of the tested range. */
export interface Ic50Mark {
  relation: '=' | '>' | '<'
  /** Where the mark sits on the dose axis (the value, or the bound). */
  dose: number
  /** Response level of the mark (the curve's midpoint, 50 % when unknown). */
  y: number
  provenance: Provenance
  /** e.g. "IC50 3 µM", "IC50 > 1 µM (top dose tested)". */
  text: string
  locator: string
}

/** One curve ready to draw. */
export interface DoseCurveView {
  id: string
  label: string
  colour: string
  emphasised: boolean
  /** The drawn line (log-spaced doses); empty when nothing can be drawn honestly. */
  line: { x: number; y: number }[]
  lineProvenance: Provenance
  /** Plain words: how the line was made and from what. */
  model: string
  points: DosePointView[]
  /** What the chart draws of `points`: all, or one per cell of a grid on log dose × response when there are hundreds. */
  drawn: readonly DosePointView[]
  ic50?: Ic50Mark
}

/** A resistance index (IC50 fold shift) between a resistant curve and its parental curve. */
export interface ResistanceIndexView {
  resistant: string
  parental: string
  relation: '=' | '>' | '<'
  value: number
  provenance: Provenance
  text: string
}

/** Everything a DoseResponseChart draws. */
export interface DoseView {
  doseUnit: string
  /** x-axis label, e.g. "Lorlatinib (nM, log scale)". */
  xLabel: string
  yLabel: string
  domain: [number, number]
  yMax: number
  curves: DoseCurveView[]
  indices: ResistanceIndexView[]
  /** Illustrative marks left out because the switch hides them. */
  hiddenIllustrative: number
  /** "drawn N of M points" when curves' points were thinned for drawing. */
  thinned?: string
}

const round = (x: number) => formatDose(Number(x.toPrecision(3)))
const q = (x: Quantity | undefined) => x && !x.qualifier && x.value

/** Tested doses of a curve: its points, else the series' tested range; empty when unknown. */
function testedDoses(series: DoseResponseSeries, points: readonly { x: number }[]): number[] {
  if (points.length) return points.map((p) => p.x)
  const r = series.testedRange
  return r ? [r.min.value, r.max.value] : []
}

function paramsText(p: FourPL, assumed: readonly string[], unit: string) {
  const a = (k: string) => (assumed.includes(k) ? ' (assumed)' : '')
  return `IC50 ${round(p.ic50)} ${unit}${a('ic50')}, Hill slope ${round(p.hill)}${a('hill')}, top ${round(p.top)} %${a('top')}, bottom ${round(p.bottom)} %${a('bottom')}`
}

/** Line, its provenance and model text, and the IC50 the line implies (if any). */
function lineFor(series: DoseResponseSeries, c: DoseResponseSeries['curves'][number], span: [number, number]) {
  const unit = series.doseUnit
  const pts = c.points ?? []
  const ic50 = q(c.ic50)
  const hill = q(c.hillSlope)
  const top = c.top?.value ?? 100
  const bottom = c.bottom?.value ?? 0
  const assumed = [c.top ? '' : 'top', c.bottom ? '' : 'bottom']
  const draw = (p: FourPL, lo: number, hi: number) => logDoseGrid(lo, hi, 60).map((x) => ({ x, y: viability(x, p) }))
  const inputs = [c.ic50, c.hillSlope, c.top, c.bottom].flatMap((x) => (x ? [x.provenance] : []))
  if (ic50 && hill) {
    const p = { ic50, hill, top, bottom }
    return { params: p, line: draw(p, ...span), provenance: weakest([...inputs, 'derived']), model: `4PL (Hill) curve from ${paramsText(p, assumed, unit)}` }
  }
  const positive = new Set(pts.filter((p) => p.x > 0).map((p) => p.x))
  if (pts.length >= 4 && positive.size >= 2) {
    try {
      const fit = fit4pl(pts.map((p) => ({ dose: p.x, response: p.y })))
      const xs = [...positive]
      return {
        params: fit.params,
        line: draw(fit.params, Math.min(...xs), Math.max(...xs)),
        provenance: weakest([...pts.map((p) => p.provenance), 'derived']),
        model: `4PL least-squares fit to the ${pts.length} points (${paramsText(fit.params, [], unit)}), drawn over the tested doses only`,
        fitted: true,
      }
    } catch {
      // Fall through: the points are still drawn, joined by straight lines.
    }
  }
  if (ic50) {
    const p = { ic50, hill: 1, top, bottom }
    return {
      params: p,
      line: draw(p, ...span),
      provenance: weakest([...inputs, 'illustrative']),
      model: `Shape illustrative: a 4PL through the ${c.ic50!.provenance} IC50 with ${paramsText(p, [...assumed, 'hill'], unit)}`,
    }
  }
  if (pts.length >= 2)
    return {
      line: [...pts].sort((a, b) => a.x - b.x).map((p) => ({ x: p.x, y: p.y })),
      provenance: weakest(pts.map((p) => p.provenance)),
      model: 'Points joined by straight lines (too few to fit a curve)',
    }
  return { line: [], provenance: c.ic50?.provenance ?? 'illustrative', model: 'No curve: only the IC50 is given' }
}

/** lineFor's results by curve (the query cache keeps curve objects), then by unit and span. */
const lines = new WeakMap<DoseResponseSeries['curves'][number], Map<string, ReturnType<typeof lineFor>>>()

/**
 * lineFor, computed once per curve: a toggle rebuilds the view of every curve, and a least-squares fit to thousands
 * of points takes a second (the results are never changed by their users).
 */
function lineOnce(series: DoseResponseSeries, c: DoseResponseSeries['curves'][number], span: [number, number]) {
  const key = `${series.doseUnit}|${span[0]}|${span[1]}`
  const byKey = lines.get(c) ?? new Map<string, ReturnType<typeof lineFor>>()
  lines.set(c, byKey)
  const made = byKey.get(key) ?? lineFor(series, c, span)
  byKey.set(key, made)
  return made
}

/** A curve's points as drawn and listed, with or without the illustrative ones. */
interface CurvePoints {
  points: DosePointView[]
  drawn: readonly DosePointView[]
}

/** pointsFor's results by curve, then by the illustrative switch: a toggle rebuilds every curve's view, and thinning thousands of points each time held the click's task. */
const pointSets = new WeakMap<DoseResponseSeries['curves'][number], Map<boolean, CurvePoints>>()

function pointsOnce(c: DoseResponseSeries['curves'][number], hideIllustrative: boolean): CurvePoints {
  const byKey = pointSets.get(c) ?? new Map<boolean, CurvePoints>()
  pointSets.set(c, byKey)
  const made = byKey.get(hideIllustrative) ?? pointsFor(c, hideIllustrative)
  byKey.set(hideIllustrative, made)
  return made
}

function pointsFor(c: DoseResponseSeries['curves'][number], hideIllustrative: boolean): CurvePoints {
  const all: DosePointView[] = (c.points ?? []).map((p) => ({
    x: p.x,
    y: p.y,
    ...(p.spread ? { err: p.spread.value, errKind: p.spread.kind } : {}),
    provenance: p.provenance,
    locator: p.source.locator,
  }))
  const points = hideIllustrative ? all.filter((p) => p.provenance !== 'illustrative') : all
  // 24 × 16 cells on log dose × response: a dot or two wide on a 600 × 300 plot, at most 384 dots per curve.
  const drawn = thinGrid(
    points,
    (p) => Math.log10(p.x),
    (p) => p.y,
    24,
    16,
    MAX_GROUP_MARKS,
  )
  return { points, drawn }
}

function ic50Mark(series: DoseResponseSeries, c: DoseResponseSeries['curves'][number], made: ReturnType<typeof lineFor>): Ic50Mark | undefined {
  const unit = series.doseUnit
  const tested = testedDoses(series, c.points ?? [])
  const mid = made.params ? (made.params.top + made.params.bottom) / 2 : 50
  if (c.ic50) {
    const v = c.ic50
    // ≥ and ≤ bound the IC50 the same way as > and <: the mark points the same way, the text keeps the printed sign.
    const bound = v.qualifier === '>' || v.qualifier === '≥' ? '>' : v.qualifier === '<' || v.qualifier === '≤' ? '<' : undefined
    if (bound)
      return {
        relation: bound,
        dose: v.value,
        y: 50,
        provenance: v.provenance,
        text: `IC50 ${v.qualifier} ${approx(v.provenance)}${round(v.value)} ${unit}`,
        locator: v.source.locator,
      }
    if (tested.length) {
      const b = boundedIc50(v.value, tested)
      if (b.range !== 'within')
        return {
          relation: b.relation,
          dose: b.dose,
          y: 50,
          provenance: v.provenance,
          text: `IC50 ${b.relation} ${b.range === 'above-range' ? 'top' : 'lowest'} dose (${round(b.dose)} ${unit}); ${approx(v.provenance)}${round(v.value)} ${unit} lies outside the tested range`,
          locator: v.source.locator,
        }
    }
    return {
      relation: '=',
      dose: v.value,
      y: mid,
      provenance: v.provenance,
      text: `IC50 ${approx(v.provenance)}${round(v.value)} ${unit}`,
      locator: v.source.locator,
    }
  }
  if ('fitted' in made && made.params) {
    const b = boundedIc50(made.params.ic50, tested)
    const prov = made.provenance
    if (b.range === 'within')
      return {
        relation: '=',
        dose: b.dose,
        y: mid,
        provenance: prov,
        text: `IC50 ${approx(prov)}${round(b.dose)} ${unit} (fitted)`,
        locator: 'fit to the points',
      }
    return {
      relation: b.relation,
      dose: b.dose,
      y: 50,
      provenance: prov,
      text: `IC50 ${b.relation} ${b.range === 'above-range' ? 'top' : 'lowest'} dose (${round(b.dose)} ${unit}): the fit is not extrapolated`,
      locator: 'fit to the points',
    }
  }
  return undefined
}

function indexFor(r: Ic50Mark | undefined, p: Ic50Mark | undefined): Omit<ResistanceIndexView, 'resistant' | 'parental'> | undefined {
  if (!r || !p || p.relation !== '=') return undefined
  if (r.relation === '<') return undefined
  const value = resistanceIndex(r.dose, p.dose)
  const provenance = weakest([r.provenance, p.provenance, 'derived'])
  const rel = r.relation
  return { relation: rel, value, provenance, text: `resistance index ${rel === '>' ? '> ' : ''}${approx(provenance)}${round(value)}×` }
}

/** Builds the drawable view of a dose-response series under the toggles and the illustrative switch. */
export function doseView(
  series: DoseResponseSeries,
  visibility: readonly Visibility[],
  hideIllustrative: boolean,
  context: StudyContext = EMPTY_CONTEXT,
): DoseView {
  const unit = series.doseUnit
  const allX = series.curves.flatMap((c) => [
    ...(c.points ?? []).map((p) => p.x),
    ...(c.ic50 ? [c.ic50.value] : []),
    ...(c.ic50 && !c.points?.length && !series.testedRange ? [c.ic50.value / 30, c.ic50.value * 30] : []),
  ])
  if (series.testedRange) allX.push(series.testedRange.min.value, series.testedRange.max.value)
  const domain = decadeDomain(allX)
  let hidden = 0
  const built = series.curves.map((c, i) => {
    const span: [number, number] = series.testedRange ? [series.testedRange.min.value, series.testedRange.max.value] : domain
    const made = lineOnce(series, c, span)
    const ic50 = ic50Mark(series, c, made)
    return { c, i, made, ic50 }
  })
  const curves: DoseCurveView[] = []
  for (const { c, i, made, ic50 } of built) {
    if (visibility[i] === 'hidden') continue
    // The points come filtered by the illustrative switch already.
    const { points, drawn } = pointsOnce(c, hideIllustrative)
    let line = made.line
    let mark = ic50
    if (hideIllustrative) {
      const before = (c.points?.length ?? 0) + (line.length ? 1 : 0) + (mark ? 1 : 0)
      if (made.provenance === 'illustrative') line = []
      if (mark?.provenance === 'illustrative') mark = undefined
      hidden += before - (points.length + (line.length ? 1 : 0) + (mark ? 1 : 0))
      if (!points.length && !line.length && !mark) continue
    }
    curves.push({
      id: c.id,
      label: c.label,
      colour: colourAt(i),
      emphasised: visibility[i] === 'emphasised',
      line,
      lineProvenance: made.provenance,
      model: made.model,
      points,
      drawn,
      ...(mark ? { ic50: mark } : {}),
    })
  }
  const shown = new Set(curves.map((c) => c.id))
  const indices: ResistanceIndexView[] = []
  for (const [r, p] of resistancePairs(series.curves, context)) {
    if (!shown.has(r.id) || !shown.has(p.id)) continue
    const ri = indexFor(built.find((b) => b.c.id === r.id)?.ic50, built.find((b) => b.c.id === p.id)?.ic50)
    if (ri && !(hideIllustrative && ri.provenance === 'illustrative')) indices.push({ resistant: r.label, parental: p.label, ...ri })
  }
  const yMax = Math.max(110, ...curves.flatMap((c) => c.points.map((p) => p.y + (p.err ?? 0))))
  const thinned = drawnOf(
    curves.reduce((n, c) => n + c.drawn.length, 0),
    curves.reduce((n, c) => n + c.points.length, 0),
  )
  return {
    doseUnit: unit,
    xLabel: `${readableId(series.agent)} (${unit}, log scale)`,
    yLabel: series.response.replace(/^viability/, 'Viability'),
    domain,
    yMax: Math.ceil(yMax / 10) * 10,
    curves,
    indices,
    hiddenIllustrative: hidden,
    ...(thinned ? { thinned } : {}),
  }
}

/** CSV of a dose-response view: every point, every IC50 mark and every resistance index, with provenance. */
export function doseCsv(view: DoseView, study: string, figure: string, chart: string): CsvTable {
  const rows: (string | number | undefined)[][] = []
  for (const c of view.curves) {
    for (const p of c.points)
      rows.push([
        study,
        figure,
        chart,
        c.label,
        p.x,
        view.doseUnit,
        p.y,
        '%',
        '',
        p.err !== undefined ? `${p.errKind} ${p.err}` : '',
        p.provenance,
        p.locator,
        'point',
      ])
    if (c.ic50)
      rows.push([
        study,
        figure,
        chart,
        `${c.label}: IC50`,
        c.ic50.dose,
        view.doseUnit,
        c.ic50.y,
        '%',
        c.ic50.relation === '=' ? '' : c.ic50.relation,
        '',
        c.ic50.provenance,
        c.ic50.locator,
        c.ic50.text,
      ])
    if (c.line.length) rows.push([study, figure, chart, `${c.label}: curve`, '', view.doseUnit, '', '%', '', '', c.lineProvenance, figure, c.model])
  }
  for (const ri of view.indices)
    rows.push([
      study,
      figure,
      chart,
      `${ri.resistant} vs ${ri.parental}: resistance index`,
      '',
      '',
      round(ri.value),
      'fold',
      ri.relation === '=' ? '' : ri.relation,
      '',
      ri.provenance,
      figure,
      'IC50 ratio, resistant ÷ parental',
    ])
  return { columns: CSV_COLUMNS, rows }
}
