import '../schema/zod-config'
import { z } from 'zod'
import { Datum, Quantity } from '../schema/provenance'
import { AgentId, Id } from '../schema/ids'

/** The x-axis agent of an aligned figure whose curves vary different drugs: the axis is dose, not one drug. */
const ANY_DRUG = AgentId.parse('dose')
import { membership, seriesBase } from './common'
import { alignedBase, DOSE_TO_UM, pickedGroup, scaleQ, slug, uniq, type SeriesKindDef } from './kind'

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

/** Viability against dose: curves from IC50 and slope, or fitted to points. */
export const DoseResponseSeries = z.strictObject({
  ...seriesBase,
  kind: z.literal('dose-response'),
  /** The drug varied along the x axis. */
  agent: AgentId,
  doseUnit: z.string().min(1),
  /** Lowest and highest dose tested: an IC50 beyond them is flagged, never extrapolated. */
  testedRange: z.strictObject({ min: Quantity, max: Quantity }).optional(),
  response: z.string().default('viability (% of untreated)'),
  curves: z.array(DoseCurve).min(1),
})
export type DoseResponseSeries = z.infer<typeof DoseResponseSeries>

/** The dose-response kind: curves, doses in µM on a shared Compare axis. */
export const doseResponseKind: SeriesKindDef<DoseResponseSeries> = {
  schema: DoseResponseSeries,
  label: 'dose-response',
  groups: (s) => s.curves,
  measuredBy: (s) => s.response,
  undrawable: (s) => (s.curves.some((c) => c.ic50 || c.points?.length) ? null : 'no curve has an IC50 or points'),
  references: (s) => ({ agents: [s.agent], problems: [] }),
  compare: {
    axisNote: 'Doses converted to µM and drawn on a log axis.',
    align(all) {
      const picked = all.filter((p) => DOSE_TO_UM[p.series.doseUnit] !== undefined)
      if (!picked.length) return []
      const curves = picked.flatMap((p) => {
        const f = DOSE_TO_UM[p.series.doseUnit]!
        const c = pickedGroup(p.series.curves, p)
        if (!c) return []
        return [{ ...c, id: slug(p), label: `${p.study} · ${c.label}`, ic50: scaleQ(c.ic50, f, 'µM'), points: c.points?.map((d) => ({ ...d, x: d.x * f })) }]
      })
      // The x axis is named after the drug when every curve varies the same one; otherwise it is just "dose".
      const agents = uniq(picked.map((p) => p.series.agent))
      const series: DoseResponseSeries = {
        ...alignedBase(picked, 'Viability against dose (µM, log axis)'),
        kind: 'dose-response',
        agent: agents.length === 1 ? agents[0]! : ANY_DRUG,
        doseUnit: 'µM',
        response: 'viability (% of untreated)',
        curves,
      }
      return [{ series, keys: picked.map((p) => p.key) }]
    },
  },
}
