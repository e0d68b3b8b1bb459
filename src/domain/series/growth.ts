import '../schema/zod-config'
import { z } from 'zod'
import { Datum, Quantity } from '../schema/provenance'
import { Id } from '../schema/study'
import { membership, seriesBase } from './common'
import { alignedBase, pickedGroup, slug, type SeriesKindDef } from './kind'

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

/** Tumour volume over days, with the dosing window and reported TGI anchors. */
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
export type GrowthSeries = z.infer<typeof GrowthSeries>

/** The growth kind: arms, each divided by its first measurement in Compare. */
export const growthKind: SeriesKindDef<GrowthSeries> = {
  schema: GrowthSeries,
  label: 'tumour growth',
  groups: (s) => s.arms,
  measuredBy: (s) => (s.measure === 'volume' ? 'tumour volume' : 'relative tumour volume'),
  undrawable: (s) => (s.arms.some((a) => a.points.length) ? null : 'no arm has volume points'),
  references(s) {
    const arms = new Set(s.arms.map((a) => a.id))
    const problems = s.arms.flatMap((a) =>
      (a.reduction?.versus ?? []).filter((v) => !arms.has(v)).map((v) => `series ${s.id}/${a.id} reduction: unknown comparator arm "${v}"`),
    )
    return { agents: [], problems }
  },
  compare: {
    axisNote: 'Each arm divided by its own first measurement, so every curve starts at 1.',
    align(picked) {
      if (!picked.length) return []
      const arms = picked.flatMap((p) => {
        const a = pickedGroup(p.series.arms, p)
        const first = a?.points[0]
        if (!a || !first || first.y === 0) return []
        // The TGI and a volume reduction were computed against arms of the source series; they mean nothing on a shared axis.
        const rest = { ...a }
        delete rest.tgi
        delete rest.tgiDay
        delete rest.reduction
        return [
          {
            ...rest,
            id: slug(p),
            label: `${p.study} · ${a.label}`,
            points: a.points.map((d) => ({ ...d, y: d.y / first.y, ...(d.spread ? { spread: { ...d.spread, value: d.spread.value / first.y } } : {}) })),
          },
        ]
      })
      const series: GrowthSeries = {
        ...alignedBase(picked, 'Tumour growth relative to the first measurement'),
        kind: 'growth',
        measure: 'relative-volume',
        unit: 'fold of day 0',
        arms,
      }
      return [{ series, keys: picked.map((p) => p.key) }]
    },
  },
}
