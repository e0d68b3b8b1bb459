import { z } from 'zod'
import { Datum, Quantity, Source } from './provenance'
import { Id } from './study'

/** Fields every plotted series has: an id, a title, and where in the paper it comes from. */
const seriesBase = {
  id: Id,
  title: z.string().min(3),
  source: Source,
  /** Extra context for the caption, in the project's own words. */
  note: z.string().optional(),
}

/** Which model/condition/agents a plotted group belongs to: drives the toggles. */
const membership = {
  model: Id.optional(),
  condition: Id.optional(),
  /** Agents applied to this group; [] for vehicle/untreated. */
  agents: z.array(Id).default([]),
}

const SurvivalArm = z.strictObject({
  id: Id,
  label: z.string().min(1),
  ...membership,
  /** Reported median survival: the anchor of a derived exponential curve. */
  median: Quantity.optional(),
  n: Quantity.optional(),
  /** Survival proportions over time (digitized or illustrative), x in timeUnit, y in 0–1. */
  points: z.array(Datum).optional(),
  /** Individual-level times for a Kaplan–Meier estimate (event=false means censored). */
  subjects: z.array(z.strictObject({ time: Quantity, event: z.boolean() })).optional(),
})

export const SurvivalSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('survival'),
  endpoint: z.string().min(2),
  timeUnit: z.string().min(1),
  arms: z.array(SurvivalArm).min(1),
  /** Reported hazard ratio (with CI and p) and which arm it compares to which. */
  hazardRatio: Quantity.optional(),
  comparison: z.strictObject({ arm: Id, reference: Id }).optional(),
})

const DoseCurve = z.strictObject({
  id: Id,
  label: z.string().min(1),
  ...membership,
  ic50: Quantity.optional(),
  hillSlope: Quantity.optional(),
  top: Quantity.optional(),
  bottom: Quantity.optional(),
  /** Measured or illustrative points: x = dose (doseUnit), y = viability %. */
  points: z.array(Datum).optional(),
})

export const DoseResponseSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('dose-response'),
  /** The drug varied along the x axis. */
  agent: Id,
  doseUnit: z.string().min(1),
  /** Lowest and highest dose tested: an IC50 beyond them is flagged, never extrapolated. */
  testedRange: z.strictObject({ min: Quantity, max: Quantity }).optional(),
  response: z.string().default('viability (% of untreated)'),
  curves: z.array(DoseCurve).min(1),
})

const GrowthArm = z.strictObject({
  id: Id,
  label: z.string().min(1),
  ...membership,
  /** x = day, y = tumour volume (or relative volume). */
  points: z.array(Datum).default([]),
  /** Animals in this arm, where the text gives it. */
  n: Quantity.optional(),
  /** Reported tumour growth inhibition (TGI = 1 − ΔT/ΔC) against the control arm. */
  tgi: Quantity.optional(),
  /** Day at which the TGI was reported. */
  tgiDay: Quantity.optional(),
  /** A reported fall in volume against named arms (e.g. "70% smaller than control"): not a TGI, no ΔT/ΔC. */
  reduction: z
    .strictObject({
      value: Quantity,
      /** Arm ids of the comparators the text names. */
      versus: z.array(Id).min(1),
    })
    .optional(),
})

export const GrowthSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('growth'),
  measure: z.enum(['volume', 'relative-volume']),
  unit: z.string().min(1),
  dosing: z.strictObject({ start: Quantity, end: Quantity }).optional(),
  /** Arm id of the control the TGI is computed against. */
  control: Id.optional(),
  arms: z.array(GrowthArm).min(1),
})

const EndpointGroup = z.strictObject({
  id: Id,
  label: z.string().min(1),
  ...membership,
  value: Quantity,
})

export const EndpointSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('endpoint'),
  /** e.g. "colony formation", "apoptosis", "migration", "GSH", "IL8 ELISA", "cohort frequency". */
  endpoint: z.string().min(2),
  measure: z.string().min(2),
  unit: z.string().min(1),
  groups: z.array(EndpointGroup).min(1),
})

export const CorrelationSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('correlation'),
  xLabel: z.string().min(1),
  yLabel: z.string().min(1),
  r: Quantity.optional(),
  points: z.array(Datum).min(1),
})

/** One plotted experiment. */
export const Series = z.discriminatedUnion('kind', [SurvivalSeries, DoseResponseSeries, GrowthSeries, EndpointSeries, CorrelationSeries])
export type Series = z.infer<typeof Series>
export type SurvivalSeries = z.infer<typeof SurvivalSeries>
export type DoseResponseSeries = z.infer<typeof DoseResponseSeries>
export type GrowthSeries = z.infer<typeof GrowthSeries>
export type EndpointSeries = z.infer<typeof EndpointSeries>
export type CorrelationSeries = z.infer<typeof CorrelationSeries>

/** series.json */
export const SeriesList = z.array(Series)
