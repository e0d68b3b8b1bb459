import '../schema/zod-config'
import { z } from 'zod'
import { Datum, Quantity } from '../schema/provenance'
import { Id } from '../schema/study'
import { membership, seriesBase } from './common'
import { alignedBase, pickedGroup, scaleQ, slug, TIME_TO_MONTHS, uniq, type SeriesKindDef } from './kind'

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

/** Survival curves: Kaplan–Meier from subjects, given points, or exponential curves from reported medians. */
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
export type SurvivalSeries = z.infer<typeof SurvivalSeries>

/** The survival kind: arms, months on a shared Compare axis. */
export const survivalKind: SeriesKindDef<SurvivalSeries> = {
  schema: SurvivalSeries,
  label: 'survival',
  groups: (s) => s.arms,
  measuredBy: (s) => s.endpoint,
  undrawable: (s) => (s.arms.some((a) => a.median || a.points?.length || a.subjects?.length) ? null : 'no arm has a median, curve points or subject times'),
  references(s) {
    const arms = new Set(s.arms.map((a) => a.id))
    const c = s.comparison
    const problems = c ? [c.arm, c.reference].filter((id) => !arms.has(id)).map((id) => `series ${s.id} comparison: unknown arm "${id}"`) : []
    return { agents: [], problems }
  },
  // A median-only arm is drawn as a derived curve between reported anchors.
  drawnAs: (g) => ('median' in g && g.median && !('points' in g && (g.points as unknown[] | undefined)?.length) ? 'derived' : undefined),
  compare: {
    axisNote: 'Time in months for every arm.',
    align(all) {
      const picked = all.filter((p) => TIME_TO_MONTHS[p.series.timeUnit] !== undefined)
      if (!picked.length) return []
      const arms = picked.flatMap((p) => {
        const f = TIME_TO_MONTHS[p.series.timeUnit]!
        const a = pickedGroup(p.series.arms, p)
        if (!a) return []
        return [
          {
            ...a,
            id: slug(p),
            label: `${p.study} · ${p.series.endpoint} · ${a.label}`,
            median: scaleQ(a.median, f, 'months'),
            points: a.points?.map((d) => ({ ...d, x: d.x * f })),
            subjects: a.subjects?.map((s) => ({ ...s, time: scaleQ(s.time, f, 'months')! })),
          },
        ]
      })
      const endpoints = uniq(picked.map((p) => p.series.endpoint))
      const series: SurvivalSeries = {
        ...alignedBase(picked, `Survival against months (${endpoints.join(', ')})`),
        kind: 'survival',
        endpoint: endpoints.length === 1 ? endpoints[0]! : 'survival',
        timeUnit: 'months',
        arms,
      }
      return [{ series, keys: picked.map((p) => p.key) }]
    },
  },
}
