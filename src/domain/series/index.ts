// The series-kind registry, domain half: one definition per kind, one map. Every switch on `kind` in the
// domain goes through `seriesKinds`; the chart half is src/charts/kinds.ts.
import '../schema/zod-config'
import { z } from 'zod'
import { correlationKind, CorrelationSeries } from './correlation'
import { doseResponseKind, DoseResponseSeries } from './dose-response'
import { endpointKind, EndpointSeries } from './endpoint'
import { growthKind, GrowthSeries } from './growth'
import type { Provenance } from '../schema/provenance'
import { provenancesIn, type AlignedOf, type Group, type PickedOf, type SeriesKindDef } from './kind'
import { survivalKind, SurvivalSeries } from './survival'
import { waterfallKind, WaterfallSeries } from './waterfall'

export { CorrelationSeries, DoseResponseSeries, EndpointSeries, GrowthSeries, SurvivalSeries, WaterfallSeries }
export type { Group } from './kind'

/** One plotted experiment. */
export const Series = z.discriminatedUnion('kind', [SurvivalSeries, DoseResponseSeries, GrowthSeries, EndpointSeries, CorrelationSeries, WaterfallSeries])
export type Series = z.infer<typeof Series>
/** Every series kind's name. */
export type SeriesKind = Series['kind']
/** The series of one kind. */
export type SeriesOf<K extends SeriesKind> = Extract<Series, { kind: K }>

/** series.json */
export const SeriesList = z.array(Series)

/** Every kind's domain definition; the order is Compare's figure order. */
export const seriesKinds = {
  'dose-response': doseResponseKind,
  growth: growthKind,
  survival: survivalKind,
  endpoint: endpointKind,
  correlation: correlationKind,
  waterfall: waterfallKind,
} satisfies { [K in SeriesKind]: SeriesKindDef<SeriesOf<K>> }

/**
 * The definition of a series' own kind. TypeScript cannot correlate a union value with a map lookup,
 * so this is the one place the pairing is asserted; the `satisfies` above proves each entry matches its kind.
 */
export const kindOf = <S extends Series>(s: S) => seriesKinds[s.kind] as unknown as SeriesKindDef<S>

/** Plotted groups of any series (arms, curves, bars); [] for kinds without groups. */
export const groupsOf = (s: Series): readonly Group[] => kindOf(s).groups(s)

/** What a series measures, in a few words. */
export const measuredBy = (s: Series): string => kindOf(s).measuredBy(s)

/** Why a series cannot be drawn meaningfully, or null when it can. */
export const undrawableReason = (s: Series): string | null => kindOf(s).undrawable(s)

/** Every provenance among a group's values and its drawing: reported medians, derived curves, illustrative points. */
export function groupProvenance(s: Series, groupId: string): Provenance[] {
  const g = groupsOf(s).find((x) => x.id === groupId)
  if (!g) return []
  const drawn = kindOf(s).drawnAs?.(g)
  return [...new Set([...provenancesIn(g), ...(drawn ? [drawn] : [])])]
}

/** Whether the series has something to draw. */
export const canDraw = (s: Series) => undrawableReason(s) === null

/** Whether Compare can put this series' groups on shared axes. */
export const isComparable = (s: Series) => kindOf(s).compare !== undefined

/** A Compare selection resolved to its series. */
export type Picked = PickedOf<Series>
/** One aligned Compare figure. */
export type ComparePanel = AlignedOf<Series> & { axisNote: string }

/**
 * Puts picked groups on shared axes, one or more figures per kind, in registry order. Values keep their
 * own provenance: the rescaling is a unit change, not a new estimate.
 */
export function comparePanels(picked: readonly Picked[]): ComparePanel[] {
  return (Object.keys(seriesKinds) as SeriesKind[]).flatMap((kind) => {
    const alignment = (seriesKinds[kind] as unknown as SeriesKindDef<Series>).compare
    const mine = picked.filter((p) => p.series.kind === kind)
    return alignment && mine.length ? alignment.align(mine).map((a) => ({ ...a, axisNote: alignment.axisNote })) : []
  })
}
