import '../schema/zod-config'
import { z } from 'zod'
import { Datum, Quantity } from '../schema/provenance'
import { NO_REFERENCES, seriesBase } from './common'
import type { SeriesKindDef } from './kind'

/** A scatter of two measures with an optional reported r. */
export const CorrelationSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('correlation'),
  xLabel: z.string().min(1),
  yLabel: z.string().min(1),
  r: Quantity.optional(),
  points: z.array(Datum).min(1),
})
export type CorrelationSeries = z.infer<typeof CorrelationSeries>

/** The correlation kind: no groups, so no toggles and no Compare alignment. */
export const correlationKind: SeriesKindDef<CorrelationSeries> = {
  schema: CorrelationSeries,
  label: 'correlation',
  groups: () => [],
  measuredBy: (s) => `${s.xLabel} vs ${s.yLabel}`,
  undrawable: (s) => (s.points.length >= 2 ? null : 'a scatter needs at least two points'),
  references: () => NO_REFERENCES,
}
