import type { Quantity } from './schema/provenance'
import type { DoseResponseSeries, EndpointSeries, GrowthSeries, Series, SurvivalSeries } from './schema/series'

/** One Compare selection, as written in the URL's cmp list ("study:series:group"). */
export interface CompareKey {
  study: string
  series: string
  group: string
}

/** Parses "study:series:group"; undefined for anything else. */
export function parseCompareKey(key: string): CompareKey | undefined {
  const [study, series, group, ...rest] = key.split(':')
  return study && series && group && !rest.length ? { study, series, group } : undefined
}

/** Writes a selection back as "study:series:group". */
export const compareKey = (k: CompareKey) => `${k.study}:${k.series}:${k.group}`

/** Series kinds Compare can align: each has groups with a membership. */
export type ComparableSeries = DoseResponseSeries | GrowthSeries | SurvivalSeries | EndpointSeries
export const isComparable = (s: Series): s is ComparableSeries => s.kind !== 'correlation'

/** A plotted group of a series, whatever its kind calls it (arm, curve, group). */
export interface GroupRef {
  id: string
  label: string
  model?: string | undefined
  condition?: string | undefined
  agents: readonly string[]
}

/** The groups of a comparable series. */
export function groupsOf(s: ComparableSeries): GroupRef[] {
  switch (s.kind) {
    case 'dose-response':
      return s.curves
    case 'endpoint':
      return s.groups
    default:
      return s.arms
  }
}

/** A resolved selection: its key, its study, its series and the group inside it. */
export interface Picked {
  key: string
  study: string
  series: ComparableSeries
  group: string
}

/** One aligned figure: a series made of the picked groups of several series, plus where each came from. */
export interface ComparePanel {
  series: ComparableSeries
  /** Key of each selection drawn in this panel, in order. */
  keys: string[]
}

const DOSE_TO_UM: Record<string, number> = { pM: 1e-6, nM: 1e-3, µM: 1, uM: 1, mM: 1e3, M: 1e6 }
const TIME_TO_MONTHS: Record<string, number> = { months: 1, month: 1, years: 12, weeks: 12 / 52.1775, days: 12 / 365.25 }

const scaleQ = (q: Quantity | undefined, f: number, unit: string): Quantity | undefined =>
  q && { ...q, value: q.value * f, unit, ...(q.ci ? { ci: { ...q.ci, lower: q.ci.lower * f, upper: q.ci.upper * f } } : {}) }

const slug = (p: Picked) => `${p.study}-${p.series.id}-${p.group}`.toLowerCase().replace(/[^a-z0-9-]/g, '-')
const where = (p: Picked) => `${p.study} ${p.series.source.locator}`
const uniq = (xs: string[]) => [...new Set(xs)]

function base(picked: readonly Picked[], title: string) {
  return {
    id: 'compare',
    title,
    source: { study: picked[0]!.study, locator: uniq(picked.map(where)).join('; ') },
  }
}

/**
 * Puts the picked groups on shared axes, one figure per kind: dose in µM (log axis), tumour volume relative to
 * each arm's first measurement (day 0), survival in months; endpoints share a figure when their measure and unit agree.
 * Values keep their own provenance: the rescaling is a unit change, not a new estimate.
 */
export function comparePanels(picked: readonly Picked[]): ComparePanel[] {
  const panels: ComparePanel[] = []
  const of = <K extends ComparableSeries['kind']>(kind: K) => picked.filter((p): p is Picked & { series: Extract<ComparableSeries, { kind: K }> } => p.series.kind === kind)

  const dose = of('dose-response').filter((p) => DOSE_TO_UM[p.series.doseUnit] !== undefined)
  if (dose.length) {
    const curves = dose.flatMap((p) => {
      const f = DOSE_TO_UM[p.series.doseUnit]!
      const c = p.series.curves.find((x) => x.id === p.group)
      if (!c) return []
      return [{
        ...c,
        id: slug(p),
        label: `${p.study} · ${c.label}`,
        ic50: scaleQ(c.ic50, f, 'µM'),
        points: c.points?.map((d) => ({ ...d, x: d.x * f })),
      }]
    })
    // The x axis is named after the drug when every curve varies the same one; otherwise it is just "dose".
    const series: DoseResponseSeries = { ...base(dose, 'Viability against dose (µM, log axis)'), kind: 'dose-response', agent: uniq(dose.map((p) => p.series.agent)).length === 1 ? dose[0]!.series.agent : 'dose', doseUnit: 'µM', response: 'viability (% of untreated)', curves }
    panels.push({ series, keys: dose.map((p) => p.key) })
  }

  const growth = of('growth')
  if (growth.length) {
    const arms = growth.flatMap((p) => {
      const a = p.series.arms.find((x) => x.id === p.group)
      const first = a?.points[0]
      if (!a || !first || first.y === 0) return []
      // The TGI and a volume reduction were computed against arms of the source series; they mean nothing on a shared axis.
      const rest = { ...a }
      delete rest.tgi
      delete rest.tgiDay
      delete rest.reduction
      return [{ ...rest, id: slug(p), label: `${p.study} · ${a.label}`, points: a.points.map((d) => ({ ...d, y: d.y / first.y, ...(d.spread ? { spread: { ...d.spread, value: d.spread.value / first.y } } : {}) })) }]
    })
    const series: GrowthSeries = { ...base(growth, 'Tumour growth relative to the first measurement'), kind: 'growth', measure: 'relative-volume', unit: 'fold of day 0', arms }
    panels.push({ series, keys: growth.map((p) => p.key) })
  }

  const surv = of('survival').filter((p) => TIME_TO_MONTHS[p.series.timeUnit] !== undefined)
  if (surv.length) {
    const arms = surv.flatMap((p) => {
      const f = TIME_TO_MONTHS[p.series.timeUnit]!
      const a = p.series.arms.find((x) => x.id === p.group)
      if (!a) return []
      return [{
        ...a,
        id: slug(p),
        label: `${p.study} · ${p.series.endpoint} · ${a.label}`,
        median: scaleQ(a.median, f, 'months'),
        points: a.points?.map((d) => ({ ...d, x: d.x * f })),
        subjects: a.subjects?.map((s) => ({ ...s, time: scaleQ(s.time, f, 'months')! })),
      }]
    })
    const endpoints = uniq(surv.map((p) => p.series.endpoint))
    const series: SurvivalSeries = { ...base(surv, `Survival against months (${endpoints.join(', ')})`), kind: 'survival', endpoint: endpoints.length === 1 ? endpoints[0]! : 'survival', timeUnit: 'months', arms }
    panels.push({ series, keys: surv.map((p) => p.key) })
  }

  const byMeasure = new Map<string, (Picked & { series: EndpointSeries })[]>()
  for (const p of of('endpoint')) {
    const k = `${p.series.measure}|${p.series.unit}`
    byMeasure.set(k, [...(byMeasure.get(k) ?? []), p])
  }
  for (const group of byMeasure.values()) {
    const s0 = group[0]!.series
    const groups = group.flatMap((p) => {
      const g = p.series.groups.find((x) => x.id === p.group)
      return g ? [{ ...g, id: slug(p), label: `${p.study} · ${g.label}` }] : []
    })
    const series: EndpointSeries = { ...base(group, `${s0.endpoint}: ${s0.measure} (${s0.unit})`), kind: 'endpoint', endpoint: s0.endpoint, measure: s0.measure, unit: s0.unit, groups }
    panels.push({ series, keys: group.map((p) => p.key) })
  }
  return panels
}
