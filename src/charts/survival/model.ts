import { kaplanMeier, numberAtRisk, type SurvivalObservation } from '../../domain/models/kaplanMeier'
import { logRankTest } from '../../domain/models/logRank'
import { exponentialCurve, hazardRatioFromMedians } from '../../domain/models/survival'
import type { Provenance, Quantity } from '../../domain/schema/provenance'
import type { SurvivalSeries } from '../../domain/schema/series'
import type { Visibility } from '../../domain/selection'
import { weakest } from '../../domain/models/provenance'
import { CSV_COLUMNS, type CsvTable } from '../export/csv'
import { colourAt } from '../palette'
import { niceTicks } from '../scale'
import { drawnOf, thinGrid, thinSteps } from '../downsample'

/** One arm ready to draw. */
export interface SurvivalArmView {
  id: string
  label: string
  colour: string
  emphasised: boolean
  /** Curve points, t in timeUnit, s in 0–1. */
  curve: { t: number; s: number }[]
  /** How the curve's points join: KM/given points are steps, model curves are smooth. */
  shape: 'step' | 'smooth'
  /** Provenance of the curve (weakest of its inputs and model). */
  curveProvenance: Provenance
  /** Plain-words description of how the curve was made. */
  curveModel: string
  /** The reported median drawn as its own mark. */
  median?: { value: number; provenance: Provenance; locator: string }
  n?: { value: number; provenance: Provenance }
  /** 95% confidence band (Kaplan–Meier, Greenwood), as steps: [lower, upper] from t on. */
  band?: { t: number; band: [number, number] }[]
  /** Censored subjects, drawn as ticks on the curve. */
  censored?: { t: number; s: number }[]
  /** What the chart draws of `curve`, `band` and `censored` (all, or thinned to the pixel grid when there are thousands). */
  drawn: { curve: readonly { t: number; s: number }[]; band?: readonly { t: number; band: [number, number] }[]; censored?: readonly { t: number; s: number }[] }
}

/** A survival chart's data, independent of the renderer. */
export interface SurvivalView {
  timeUnit: string
  tMax: number
  /** Longest time any arm reaches: the range control offers up to this. */
  dataMax: number
  /** x-axis ticks, shared with the number-at-risk table. */
  ticks: number[]
  arms: SurvivalArmView[]
  hazardRatio?: Quantity
  /** HR implied by the medians under the exponential model, when both medians exist. */
  impliedHr?: { value: number; model: string }
  comparisonLabel?: string
  /** Numbers at risk at each tick, for arms with individual-level data. */
  atRisk?: { id: string; label: string; colour: string; counts: number[] }[]
  /** Log-rank test between two shown arms with subject-level data (the compared pair when both qualify). */
  logRank?: { label: string; chiSquare: number; p: number; model: string }
  /** Illustrative curves left out because the switch hides them. */
  hiddenIllustrative: number
  /** "drawn N of M curve points" when the curves were thinned for drawing. */
  thinned?: string
}

const fmt = (x: number) => String(Math.round(x * 100) / 100)

/** x ticks: multiples of 6, 12, 24… months when the unit is months, else round numbers; never past the horizon. */
function timeTicks(horizon: number, unit: string): number[] {
  if (!/^month/.test(unit) || horizon < 12) return niceTicks(horizon, 6).filter((t) => t <= horizon)
  const step = [3, 6, 12, 24, 36, 48].find((s) => s >= horizon / 7) ?? 60
  return Array.from({ length: Math.floor(horizon / step) + 1 }, (_, i) => i * step)
}

/** Time-range choices: round spans up to the longest time in the data. */
export function rangeOptions(dataMax: number): number[] {
  const base = [6, 12, 24, 36, 48, 60, 96, 120, 144, 192, 240]
  const top = base.find((b) => b >= dataMax) ?? Math.ceil(dataMax)
  return base.filter((b) => b <= top && b >= top / 8)
}

/** Columns a thinned step curve keeps two points of: about 2 px each on a 600 px plot, finer than the eye sees. */
const STEP_COLUMNS = 300

/**
 * What the chart draws of an arm up to `tMax`: the steps (and the band's) thinned to about one per pixel column, and
 * one censoring tick per small cell; a few hundred points are drawn as they are.
 */
function drawnPart(arm: Omit<SurvivalArmView, 'drawn'>, tMax: number): SurvivalArmView['drawn'] {
  const censored = arm.censored?.filter((c) => c.t <= tMax)
  return {
    curve: thinSteps(
      arm.curve,
      (p) => p.t,
      (a, b) => a.s === b.s,
      tMax,
      STEP_COLUMNS,
    ),
    ...(arm.band
      ? {
          band: thinSteps(
            arm.band,
            (p) => p.t,
            (a, b) => a.band[0] === b.band[0] && a.band[1] === b.band[1],
            tMax,
            STEP_COLUMNS,
          ),
        }
      : {}),
    // Ticks are 2.5 px wide and 14 px tall: a 100 × 25 grid (about 6 × 12 px on a 600 × 300 plot) keeps them apart.
    ...(censored
      ? {
          censored: thinGrid(
            censored,
            (c) => c.t,
            (c) => c.s,
            100,
            25,
            300,
          ),
        }
      : {}),
  }
}

/** Builds drawable arms: Kaplan–Meier from subjects, given points, or exponential curves between reported medians. */
export function survivalView(series: SurvivalSeries, visibility: readonly Visibility[], tMax?: number, hideIllustrative = false): SurvivalView {
  const times = series.arms.flatMap((a) => [
    ...(a.points ?? []).map((p) => p.x),
    ...(a.subjects ?? []).map((s) => s.time.value),
    ...(a.median ? [a.median.value * 2.2] : []),
  ])
  const dataMax = rangeOptions(Math.max(12, ...times)).at(-1)!
  const horizon = tMax ?? dataMax
  const ticks = timeTicks(horizon, series.timeUnit)
  const arms: SurvivalArmView[] = []
  const withDrawn = (v: Omit<SurvivalArmView, 'drawn'>): SurvivalArmView => ({ ...v, drawn: drawnPart(v, horizon) })
  const atRisk: NonNullable<SurvivalView['atRisk']> = []
  const subjectsOf = new Map<string, { label: string; obs: SurvivalObservation[] }>()
  let hidden = 0
  series.arms.forEach((arm, i) => {
    if (visibility[i] === 'hidden') return
    const base = { id: arm.id, label: arm.label, colour: colourAt(i), emphasised: visibility[i] === 'emphasised' }
    const median = arm.median && { value: arm.median.value, provenance: arm.median.provenance, locator: arm.median.source.locator }
    const n = arm.n && { value: arm.n.value, provenance: arm.n.provenance }
    let view: Omit<SurvivalArmView, 'drawn'> | undefined
    if (arm.subjects?.length) {
      const obs = arm.subjects.map((s) => ({ time: s.time.value, event: s.event }))
      const km = kaplanMeier(obs)
      const band = km.steps.filter((st) => st.lower !== null && st.upper !== null).map((st) => ({ t: st.t, band: [st.lower!, st.upper!] as [number, number] }))
      view = {
        ...base,
        curve: km.curve,
        shape: 'step',
        curveProvenance: weakest([...arm.subjects.map((s) => s.time.provenance), 'derived']),
        curveModel: `Kaplan–Meier estimate from ${obs.length} subjects (${km.censorMarks.length ? 'ticks mark censoring; ' : ''}band: 95% CI, Greenwood, log scale)`,
        ...(median ? { median } : {}),
        n: n ?? { value: obs.length, provenance: weakest(arm.subjects.map((s) => s.time.provenance)) },
        ...(band.length ? { band: band.length && band[0]!.t > 0 ? [{ t: 0, band: [1, 1] as [number, number] }, ...band] : band } : {}),
        censored: km.censorMarks,
      }
      atRisk.push({ id: arm.id, label: arm.label, colour: base.colour, counts: numberAtRisk(obs, ticks) })
      subjectsOf.set(arm.id, { label: arm.label, obs })
    } else if (arm.points?.length) {
      const curve = arm.points.map((p) => ({ t: p.x, s: p.y }))
      const prov = weakest(arm.points.map((p) => p.provenance))
      // Illustrative points sample a chosen curve, not event times: join them smoothly rather than as KM steps.
      view = {
        ...base,
        curve,
        shape: prov === 'illustrative' ? 'smooth' : 'step',
        curveProvenance: prov,
        curveModel: prov === 'illustrative' ? 'Illustrative points, joined smoothly (not Kaplan–Meier steps)' : 'Points as given in the data',
        ...(median ? { median } : {}),
        ...(n ? { n } : {}),
      }
    } else if (arm.median) {
      const m = arm.median.value
      view = {
        ...base,
        curve: exponentialCurve(m, horizon, 120),
        shape: 'smooth',
        curveProvenance: weakest([arm.median.provenance, 'derived']),
        curveModel: `Exponential model S(t) = 2^(−t/${fmt(m)}), from the ${arm.median.provenance} median of ${fmt(m)} ${series.timeUnit} (${arm.median.source.locator})`,
        ...(median ? { median } : {}),
        ...(n ? { n } : {}),
      }
    }
    if (!view) return
    if (hideIllustrative && view.curveProvenance === 'illustrative') {
      hidden++
      return
    }
    arms.push(withDrawn(view))
  })
  const view: SurvivalView = { timeUnit: series.timeUnit, tMax: horizon, dataMax, ticks, arms, hiddenIllustrative: hidden }
  const thinned = drawnOf(
    arms.reduce((n, a) => n + a.drawn.curve.length, 0),
    arms.reduce((n, a) => n + a.curve.length, 0),
    'curve points',
  )
  if (thinned) view.thinned = thinned
  if (atRisk.length) view.atRisk = atRisk
  if (series.hazardRatio) view.hazardRatio = series.hazardRatio
  const cmp = series.comparison
  const a = cmp && series.arms.find((x) => x.id === cmp.arm)
  const b = cmp && series.arms.find((x) => x.id === cmp.reference)
  if (a && b) {
    view.comparisonLabel = `${a.label} vs ${b.label}`
    if (a.median && b.median)
      view.impliedHr = {
        value: hazardRatioFromMedians(a.median.value, b.median.value),
        model: `exponential model: HR = ${fmt(b.median.value)} / ${fmt(a.median.value)}`,
      }
  }
  const shownWithSubjects = [...subjectsOf.keys()]
  const pair = cmp && subjectsOf.has(cmp.arm) && subjectsOf.has(cmp.reference) ? [cmp.arm, cmp.reference] : shownWithSubjects.slice(0, 2)
  const [x, y] = pair.map((id) => subjectsOf.get(id)!)
  if (x && y) {
    const test = logRankTest(x.obs, y.obs)
    view.logRank = {
      label: `${x.label} vs ${y.label}`,
      chiSquare: test.chiSquare,
      p: test.p,
      model: `log-rank test on the subject-level data (χ² = ${fmt(test.chiSquare)} on 1 df)`,
    }
  }
  return view
}

/** CSV of a survival view: curve points, medians, numbers at risk and the HR, each with provenance. */
export function survivalCsv(view: SurvivalView, study: string, figure: string, chart: string): CsvTable {
  const rows: (string | number | undefined)[][] = []
  for (const a of view.arms) {
    if (a.median)
      rows.push([
        study,
        figure,
        chart,
        `${a.label}: median`,
        a.median.value,
        view.timeUnit,
        0.5,
        'proportion',
        '',
        '',
        a.median.provenance,
        a.median.locator,
        'reported median',
      ])
    for (const p of a.curve)
      if (p.t <= view.tMax)
        rows.push([
          study,
          figure,
          chart,
          a.label,
          Number(p.t.toFixed(3)),
          view.timeUnit,
          Number(p.s.toFixed(4)),
          'proportion',
          '',
          '',
          a.curveProvenance,
          figure,
          a.curveModel,
        ])
    for (const c of a.censored ?? [])
      rows.push([
        study,
        figure,
        chart,
        `${a.label}: censored`,
        c.t,
        view.timeUnit,
        Number(c.s.toFixed(4)),
        'proportion',
        '',
        '',
        a.curveProvenance,
        figure,
        'censoring time',
      ])
  }
  for (const r of view.atRisk ?? [])
    r.counts.forEach((c, i) =>
      rows.push([
        study,
        figure,
        chart,
        `${r.label}: number at risk`,
        view.ticks[i],
        view.timeUnit,
        c,
        'subjects',
        '',
        '',
        'derived',
        figure,
        'count of subjects with follow-up ≥ t',
      ]),
    )
  const hr = view.hazardRatio
  if (hr)
    rows.push([
      study,
      figure,
      chart,
      `${view.comparisonLabel ?? 'comparison'}: hazard ratio`,
      '',
      '',
      hr.value,
      'ratio',
      hr.qualifier ?? '',
      hr.ci ? `95% CI ${hr.ci.lower} to ${hr.ci.upper}${hr.p ? `; P ${hr.p.relation} ${hr.p.value}` : ''}` : '',
      hr.provenance,
      hr.source.locator,
      '',
    ])
  if (view.logRank)
    rows.push([
      study,
      figure,
      chart,
      `${view.logRank.label}: log-rank P`,
      '',
      '',
      Number(view.logRank.p.toPrecision(3)),
      'P',
      '',
      '',
      'derived',
      figure,
      view.logRank.model,
    ])
  if (view.impliedHr)
    rows.push([
      study,
      figure,
      chart,
      'hazard ratio implied by the medians',
      '',
      '',
      Number(view.impliedHr.value.toFixed(3)),
      'ratio',
      '',
      '',
      'derived',
      figure,
      view.impliedHr.model,
    ])
  return { columns: CSV_COLUMNS, rows }
}
