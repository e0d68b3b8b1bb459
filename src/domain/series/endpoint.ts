import '../schema/zod-config'
import { z } from 'zod'
import { Quantity } from '../schema/provenance'
import { Id } from '../schema/study'
import { membership, NO_REFERENCES, seriesBase } from './common'
import { alignedBase, pickedGroup, slug, type AlignedOf, type PickedOf, type SeriesKindDef } from './kind'

const EndpointGroup = z.strictObject({
  id: Id,
  label: z.string().min(1),
  ...membership,
  value: Quantity,
})

/** One value per group: colony counts, apoptosis, migration, GSH, an ELISA, a cohort frequency. */
export const EndpointSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('endpoint'),
  /** e.g. "colony formation", "apoptosis", "migration", "GSH", "IL8 ELISA", "cohort frequency". */
  endpoint: z.string().min(2),
  measure: z.string().min(2),
  unit: z.string().min(1),
  groups: z.array(EndpointGroup).min(1),
})
export type EndpointSeries = z.infer<typeof EndpointSeries>

/** The endpoint kind: groups share a Compare figure only when measure and unit agree. */
export const endpointKind: SeriesKindDef<EndpointSeries> = {
  schema: EndpointSeries,
  label: 'endpoint',
  groups: (s) => s.groups,
  measuredBy: (s) => s.endpoint,
  undrawable: () => null,
  references: () => NO_REFERENCES,
  compare: {
    axisNote: 'Groups share a figure only when they measure the same thing in the same unit.',
    align(picked) {
      const byMeasure = new Map<string, PickedOf<EndpointSeries>[]>()
      for (const p of picked) {
        const k = `${p.series.measure}|${p.series.unit}`
        byMeasure.set(k, [...(byMeasure.get(k) ?? []), p])
      }
      return [...byMeasure.values()].map((group): AlignedOf<EndpointSeries> => {
        const s0 = group[0]!.series
        const groups = group.flatMap((p) => {
          const g = pickedGroup(p.series.groups, p)
          return g ? [{ ...g, id: slug(p), label: `${p.study} · ${g.label}` }] : []
        })
        const series: EndpointSeries = {
          ...alignedBase(group, `${s0.endpoint}: ${s0.measure} (${s0.unit})`),
          kind: 'endpoint',
          endpoint: s0.endpoint,
          measure: s0.measure,
          unit: s0.unit,
          groups,
        }
        return { series, keys: group.map((p) => p.key) }
      })
    },
  },
}
