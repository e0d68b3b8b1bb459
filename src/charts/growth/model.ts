// Growth view: volume (or relative volume) per arm over days, spread, dosing window and reported TGI anchors.
import { relativeToDay0 } from '../../domain/models/growth'
import { weakest } from '../../domain/models/provenance'
import type { Provenance } from '../../domain/schema/provenance'
import type { GrowthSeries } from '../../domain/schema/series'
import type { Visibility } from '../../domain/selection'
import { CSV_COLUMNS, type CsvTable } from '../export/csv'
import { colourAt } from '../palette'
import { approx } from '../provenance-style'
import { drawnOf, thinLine } from '../downsample'

/** One point of an arm. */
export interface GrowthPointView {
  t: number
  v: number
  /** Error bar half-width, same units as v. */
  err?: number
  errKind?: string
  provenance: Provenance
  locator: string
}

/**
 * A reported TGI drawn at its day on the arm's curve, or a reported volume reduction against named arms
 * (not a TGI: no ΔT/ΔC), drawn at the arm's last point with its own words because the text gives no day.
 */
export interface TgiMark {
  kind: 'tgi' | 'reduction'
  text: string
  /** Short words drawn next to the anchor on the chart. */
  label: string
  day: number
  /** Volume of the arm at that day, where the label sits; null when the arm has no point that day. */
  v: number | null
  provenance: Provenance
  locator: string
}

/** One arm ready to draw. */
export interface GrowthArmView {
  id: string
  label: string
  colour: string
  emphasised: boolean
  points: GrowthPointView[]
  /** What the chart draws: `points`, or their low and high per pixel column when there are hundreds (table and CSV keep all). */
  drawn: readonly GrowthPointView[]
  provenance: Provenance
  model: string
  tgi?: TgiMark
}

/** Everything a GrowthChart draws. */
export interface GrowthView {
  yLabel: string
  unit: string
  /** True when volumes were divided by each arm's day-0 volume here. */
  relative: boolean
  /** Whether a relative-to-day-0 view is possible (volume data with a day-0 point in every arm). */
  canRelative: boolean
  logScale: boolean
  dosing?: { start: number; end: number; provenance: Provenance }
  xMax: number
  arms: GrowthArmView[]
  hiddenIllustrative: number
  /** Reported TGIs of arms whose curve is hidden, so they stay on screen. */
  orphanTgi: (TgiMark & { arm: string })[]
  /** "drawn N of M points" when arms were thinned for drawing. */
  thinned?: string
}

/** Options chosen in the chart toolbar. */
export interface GrowthOptions {
  relative: boolean
  logScale: boolean
}

const pct = (x: number, unit: string) => (unit === '%' ? `${x} %` : `${Math.round(x * 100)} %`)

/** What an arm draws under the switches (a toggle changes none of it; colour and emphasis are added per view). */
interface ArmParts {
  /** Illustrative points left out. */
  hidden: number
  arm?: Omit<GrowthArmView, 'id' | 'label' | 'colour' | 'emphasised'>
  /** Its TGI mark when no point is left to draw. */
  orphan?: TgiMark & { arm: string }
}

/** armFor's results by arm, then by switches: a toggle rebuilds every arm's view, and sorting and thinning thousands of points each time held the click's task. */
const armSets = new WeakMap<GrowthSeries['arms'][number], Map<string, ArmParts>>()

function armOnce(series: GrowthSeries, a: GrowthSeries['arms'][number], relative: boolean, hideIllustrative: boolean): ArmParts {
  const key = `${relative}|${hideIllustrative}`
  const byKey = armSets.get(a) ?? new Map<string, ArmParts>()
  armSets.set(a, byKey)
  const made = byKey.get(key) ?? armFor(series, a, relative, hideIllustrative)
  byKey.set(key, made)
  return made
}

function armFor(series: GrowthSeries, a: GrowthSeries['arms'][number], relative: boolean, hideIllustrative: boolean): ArmParts {
  let hidden = 0
  const base = [...a.points].sort((p, q) => p.x - q.x)
  const rel = relative ? relativeToDay0(base.map((p) => ({ t: p.x, v: p.y }))) : null
  let points: GrowthPointView[] = base.map((p, j) => ({
    t: p.x,
    v: rel ? rel[j]!.v : p.y,
    ...(p.spread ? { err: rel ? p.spread.value / base.find((b) => b.x === 0)!.y : p.spread.value, errKind: p.spread.kind } : {}),
    provenance: relative ? weakest([p.provenance, 'derived']) : p.provenance,
    locator: p.source.locator,
  }))
  const provenance = points.length ? weakest(points.map((p) => p.provenance)) : 'reported'
  let tgi: TgiMark | undefined
  const lastDay = Math.max(...points.map((p) => p.t), 0)
  if (a.tgi) {
    const day = a.tgiDay?.value ?? lastDay
    const at = points.find((p) => p.t === day)
    tgi = {
      kind: 'tgi',
      text: `TGI ${approx(a.tgi.provenance)}${pct(a.tgi.value, a.tgi.unit)} at day ${day}`,
      label: `TGI ${approx(a.tgi.provenance)}${pct(a.tgi.value, a.tgi.unit)}`,
      day,
      v: at ? at.v : null,
      provenance: a.tgi.provenance,
      locator: a.tgi.source.locator,
    }
  } else if (a.reduction) {
    const r = a.reduction.value
    const versus = a.reduction.versus.map((id) => series.arms.find((b) => b.id === id)?.label ?? id).join(' or ')
    const at = points.find((p) => p.t === lastDay)
    tgi = {
      kind: 'reduction',
      text: `${approx(r.provenance)}${pct(r.value, r.unit)} smaller volume than ${versus} (not a TGI; day not stated)`,
      label: `${approx(r.provenance)}${pct(r.value, r.unit)} smaller volume`,
      day: lastDay,
      v: at ? at.v : null,
      provenance: r.provenance,
      locator: r.source.locator,
    }
  }
  if (hideIllustrative && points.some((p) => p.provenance === 'illustrative')) {
    hidden = points.filter((p) => p.provenance === 'illustrative').length
    points = points.filter((p) => p.provenance !== 'illustrative')
  }
  if (!points.length) {
    return { hidden, ...(tgi && !(hideIllustrative && tgi.provenance === 'illustrative') ? { orphan: { ...tgi, arm: a.label } } : {}) }
  }
  const model = relative
    ? `Each volume divided by this arm's day-0 volume (${points[0]!.provenance === 'illustrative' ? 'illustrative' : 'from the given'} points)`
    : 'Points as given in the data, joined by straight lines'
  const drawn = thinLine(
    points,
    (p) => p.t,
    (p) => p.v,
  )
  return { hidden, arm: { points, drawn, provenance, model, ...(tgi ? { tgi } : {}) } }
}

/** Builds the drawable view of a growth series under the toggles, the illustrative switch and the axis options. */
export function growthView(series: GrowthSeries, visibility: readonly Visibility[], hideIllustrative: boolean, opts: GrowthOptions): GrowthView {
  const canRelative = series.measure === 'volume' && series.arms.every((a) => a.points.some((p) => p.x === 0 && p.y > 0))
  const relative = canRelative && opts.relative
  let hidden = 0
  const arms: GrowthArmView[] = []
  const orphanTgi: GrowthView['orphanTgi'] = []
  series.arms.forEach((a, i) => {
    if (visibility[i] === 'hidden') return
    const parts = armOnce(series, a, relative, hideIllustrative)
    hidden += parts.hidden
    if (parts.orphan) orphanTgi.push(parts.orphan)
    if (parts.arm) arms.push({ id: a.id, label: a.label, colour: colourAt(i), emphasised: visibility[i] === 'emphasised', ...parts.arm })
  })
  const xMax = Math.max(1, ...series.arms.flatMap((a) => a.points.map((p) => p.x)), series.dosing?.end.value ?? 0)
  const unitText = relative ? 'fold of day 0' : series.unit
  const thinned = drawnOf(
    arms.reduce((n, a) => n + a.drawn.length, 0),
    arms.reduce((n, a) => n + a.points.length, 0),
  )
  return {
    yLabel: relative || series.measure === 'relative-volume' ? `Relative size (${unitText})` : `Tumour volume (${series.unit})`,
    unit: unitText,
    relative,
    canRelative,
    logScale: opts.logScale,
    ...(series.dosing
      ? {
          dosing: {
            start: series.dosing.start.value,
            end: series.dosing.end.value,
            provenance: weakest([series.dosing.start.provenance, series.dosing.end.provenance]),
          },
        }
      : {}),
    xMax,
    arms,
    hiddenIllustrative: hidden,
    orphanTgi,
    ...(thinned ? { thinned } : {}),
  }
}

const markRow = (study: string, figure: string, chart: string, arm: string, t: TgiMark) =>
  t.kind === 'tgi'
    ? [study, figure, chart, `${arm}: TGI`, t.day, 'day', t.text, '', '', '', t.provenance, t.locator, 'TGI = 1 − ΔT/ΔC']
    : [study, figure, chart, `${arm}: volume reduction`, '', '', t.text, '', '', '', t.provenance, t.locator, 'reported fall in volume against the named arms']

/** CSV of a growth view: every point and every TGI, with provenance and source. */
export function growthCsv(view: GrowthView, study: string, figure: string, chart: string): CsvTable {
  const rows: (string | number | undefined)[][] = []
  for (const a of view.arms) {
    for (const p of a.points)
      rows.push([
        study,
        figure,
        chart,
        a.label,
        p.t,
        'day',
        p.v,
        view.unit,
        '',
        p.err !== undefined ? `${p.errKind} ${p.err}` : '',
        p.provenance,
        p.locator,
        a.model,
      ])
    if (a.tgi) rows.push(markRow(study, figure, chart, a.label, a.tgi))
  }
  for (const t of view.orphanTgi) rows.push(markRow(study, figure, chart, t.arm, t))
  if (view.dosing)
    rows.push([study, figure, chart, 'dosing window', `${view.dosing.start}–${view.dosing.end}`, 'day', '', '', '', '', view.dosing.provenance, figure, ''])
  return { columns: CSV_COLUMNS, rows }
}
