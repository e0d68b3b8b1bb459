// Turning digitiser output into provenance-labelled data: every captured point is `digitized`
// (tool, date, figure locator), and everything computed from a reconstruction is `derived`
// with the model "Guyot 2012 reconstruction".
import { coxTwoGroups, type CoxResult } from './models/cox'
import { reconstructIpd, type GuyotResult } from './models/guyot'
import { kaplanMeier } from './models/kaplanMeier'
import { medianWithCi, type MedianWithCi } from './models/kmMedian'
import { logRankTest, type LogRankResult } from './models/logRank'
import { Datum, Source, type Quantity, type StudyId } from './schema/provenance'
import { DoseResponseSeries, EndpointSeries, GrowthSeries, SurvivalSeries, type Series } from './schema/series'

/** The name every digitised value carries as its tool. */
export const DIGITISER_TOOL = 'Resistance Explorer digitiser'
/** The model name every reconstructed value carries. */
export const GUYOT_MODEL = 'Guyot 2012 reconstruction'

/** Which figure the points were read from, and when. */
export interface FigureRef {
  /** Study id, e.g. "smith2024". */
  study: string
  /** Figure/panel, e.g. "Fig. 2A". */
  locator: string
  /** ISO date of the digitisation, e.g. "2026-12-02". */
  date: string
}

/** Today's date as YYYY-MM-DD (local), for the digitisation record. */
export function isoToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

/** Checks the study id and locator with the schema and returns them parsed; throws an Error listing what to fix. */
export function checkFigureRef(ref: FigureRef): Source {
  const r = Source.safeParse({ study: ref.study, locator: ref.locator })
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.') || 'figure'}: ${i.message}`).join('; '))
  return r.data
}

/** Captured points as schema-valid `digitized` data, naming the tool, date and figure. */
export function digitisedData(points: readonly { x: number; y: number }[], ref: FigureRef): Datum[] {
  checkFigureRef(ref)
  return points.map((p) =>
    Datum.parse({
      x: p.x,
      y: p.y,
      provenance: 'digitized',
      source: { study: ref.study, locator: ref.locator },
      digitization: { tool: DIGITISER_TOOL, date: ref.date },
    }),
  )
}

/** One digitised arm ready for reconstruction. */
export interface ArmCapture {
  label: string
  /** Digitised (t, S) points in data units; S on 0–1. */
  points: readonly { t: number; s: number }[]
  /** Printed numbers at risk, one per printed time. */
  nRisk: readonly number[]
  totalEvents?: number
}

/** The paper's own hazard ratio, as the user typed it from the figure or text. */
export interface ReportedHr {
  value: number
  lower?: number
  upper?: number
  p?: number
  pRelation?: '=' | '<'
  /** Where the paper states it, e.g. "Fig. 2A" or "Results". */
  locator: string
}

/** Everything the reconstruction needs. */
export interface ReconstructionInput {
  ref: FigureRef
  title: string
  endpoint: string
  timeUnit: string
  printedTimes: readonly number[]
  /** [reference, comparison]: the HR is of the second arm against the first. */
  arms: readonly [ArmCapture, ArmCapture]
  reported?: ReportedHr
}

/** One reconstructed arm with its fidelity figures. */
export interface ReconstructedArm {
  id: string
  label: string
  guyot: GuyotResult
  median: MedianWithCi
  printedNRisk: readonly number[]
}

/** The reconstruction: a drawable series plus the derived statistics. */
export interface Reconstruction {
  series: SurvivalSeries
  arms: [ReconstructedArm, ReconstructedArm]
  cox: CoxResult
  logRank: LogRankResult
}

/** Reconstruct both arms (Guyot 2012), then KM medians, log-rank and Cox HR; all derived. */
export function reconstructSurvival(input: ReconstructionInput): Reconstruction {
  const source = checkFigureRef(input.ref)
  const { ref } = input
  const ids = ['arm-1', 'arm-2'] as const
  const arms = input.arms.map((arm, i): ReconstructedArm => {
    let guyot: GuyotResult
    try {
      guyot = reconstructIpd({
        points: arm.points,
        risk: { times: input.printedTimes, nRisk: arm.nRisk },
        ...(arm.totalEvents !== undefined ? { totalEvents: arm.totalEvents } : {}),
      })
    } catch (e) {
      throw new Error(`${arm.label}: ${(e as Error).message}`, { cause: e })
    }
    return { id: ids[i]!, label: arm.label, guyot, median: medianWithCi(kaplanMeier(guyot.subjects)), printedNRisk: arm.nRisk }
  }) as [ReconstructedArm, ReconstructedArm]
  const cox = coxTwoGroups(arms[0].guyot.subjects, arms[1].guyot.subjects)
  const logRank = logRankTest(arms[0].guyot.subjects, arms[1].guyot.subjects)
  const derivation = (label: string) => ({
    model: GUYOT_MODEL,
    inputs: [`${label} curve digitised from ${ref.locator} (${DIGITISER_TOOL}, ${ref.date})`, `numbers at risk printed under ${ref.locator}`],
  })
  const series = SurvivalSeries.parse({
    id: 'reconstructed',
    kind: 'survival',
    title: input.title,
    source,
    endpoint: input.endpoint,
    timeUnit: input.timeUnit,
    note: `Patient times reconstructed from the digitised curves and printed numbers at risk (${GUYOT_MODEL}): derived, not the trial's data.`,
    arms: arms.map((a) => ({
      id: a.id,
      label: a.label,
      agents: [],
      subjects: a.guyot.subjects.map((s) => ({
        time: { value: s.time, unit: input.timeUnit, provenance: 'derived', source, derivation: derivation(a.label) },
        event: s.event === true || s.event === 1,
      })),
    })),
    ...(input.reported ? { hazardRatio: reportedHrQuantity(input.reported, source.study) } : {}),
    comparison: { arm: ids[1], reference: ids[0] },
  })
  return { series, arms, cox, logRank }
}

/** The paper's HR as a `reported` quantity at the locator the user gave. */
export function reportedHrQuantity(r: ReportedHr, study: StudyId): Quantity {
  const q: Quantity = { value: r.value, unit: 'ratio', provenance: 'reported', source: { study, locator: r.locator } }
  if (r.lower !== undefined && r.upper !== undefined) q.ci = { lower: r.lower, upper: r.upper, level: 0.95 }
  if (r.p !== undefined) q.p = { relation: r.pRelation ?? '=', value: r.p }
  return q
}

/** A captured curve in data units, named. */
export interface CapturedCurve {
  label: string
  points: readonly { x: number; y: number }[]
}

/** What the reader types to draw captured points as a chart: its title and the two axis units. */
export interface PreviewLabels {
  title: string
  xUnit: string
  yUnit: string
}

/**
 * Captured points as a drawable series of the plot's kind (dose-response, growth, or bars as an
 * endpoint series), every value `digitized`; the chart registry then draws it like any other.
 */
export function digitisedSeries(kind: 'dose-response' | 'growth' | 'bar', curves: readonly CapturedCurve[], ref: FigureRef, labels: PreviewLabels): Series {
  checkFigureRef(ref)
  const source = { study: ref.study, locator: ref.locator }
  const base = { id: 'digitised', title: labels.title, source }
  const groups = curves
    .filter((c) => c.points.length)
    .map((c, i) => ({ id: `curve-${i + 1}`, label: c.label, agents: [], points: digitisedData(c.points, ref) }))
  if (!groups.length) throw new Error('capture at least one point first')
  if (kind === 'dose-response')
    return readable(DoseResponseSeries, {
      ...base,
      kind: 'dose-response',
      agent: 'digitised',
      doseUnit: labels.xUnit,
      response: `response (${labels.yUnit})`,
      curves: groups,
    })
  if (kind === 'growth') return readable(GrowthSeries, { ...base, kind: 'growth', measure: 'volume', unit: labels.yUnit, arms: groups })
  // Bars: one group per clicked bar, left to right, each value digitized.
  const bars = curves.flatMap((c) =>
    [...c.points]
      .sort((a, b) => a.x - b.x)
      .map((p, j) => ({
        id: `${slugOf(c.label)}-${j + 1}`,
        label: `${c.label} ${j + 1}`,
        agents: [],
        value: { value: p.y, unit: labels.yUnit, provenance: 'digitized', source, digitization: { tool: DIGITISER_TOOL, date: ref.date } },
      })),
  )
  return readable(EndpointSeries, { ...base, kind: 'endpoint', endpoint: labels.title, measure: `value (${labels.yUnit})`, unit: labels.yUnit, groups: bars })
}

/** Parse with a schema, or throw one plain line per problem ("unit: Too small…" → where and what). */
function readable<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
): T {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  throw new Error(r.error.issues.map((i) => `${i.path.map(String).join('.') || 'series'}: ${i.message}`).join('; '))
}

function slugOf(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'bar'
  )
}
