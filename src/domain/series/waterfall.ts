import '../schema/zod-config'
import { z } from 'zod'
import { Quantity } from '../schema/provenance'
import { Id } from '../schema/study'
import { membership, NO_REFERENCES, seriesBase } from './common'
import type { SeriesKindDef } from './kind'

const WaterfallBar = z.strictObject({
  id: Id,
  label: z.string().min(1),
  ...membership,
  /** The bar's value: a change from baseline, or the measure itself (bars then start at zero). */
  value: Quantity,
  /** A short class the bar belongs to (e.g. "S6K1 amplified"): colours the bar and forms the legend. */
  category: z.string().min(1).optional(),
})

/** One bar per model or animal, sorted from largest to smallest: who responds and who does not. */
export const WaterfallSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('waterfall'),
  /** What a bar measures, e.g. "palbociclib IC50" or "change in tumour volume from day 0". */
  measure: z.string().min(2),
  unit: z.string().min(1),
  /** Reference lines with their meaning (e.g. −30 %: partial response). */
  thresholds: z.array(z.strictObject({ value: Quantity, label: z.string().min(1) })).default([]),
  bars: z.array(WaterfallBar).min(1),
})
export type WaterfallSeries = z.infer<typeof WaterfallSeries>

/** The waterfall kind: bars sorted by value, toggles select bars; not aligned in Compare. */
export const waterfallKind: SeriesKindDef<WaterfallSeries> = {
  schema: WaterfallSeries,
  label: 'waterfall',
  groups: (s) => s.bars,
  measuredBy: (s) => s.measure,
  undrawable: () => null,
  references: () => NO_REFERENCES,
}
