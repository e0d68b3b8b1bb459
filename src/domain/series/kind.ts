import '../schema/zod-config'
import type { z } from 'zod'
import { SeriesId, type AgentId, type ConditionId, type ModelId, type StudyId } from '../schema/ids'
import type { Provenance, Quantity } from '../schema/provenance'

/** A plotted group of any series kind (an arm, a curve, a bar): what the toggles and Compare select. */
export interface Group {
  id: string
  label: string
  model?: ModelId | undefined
  condition?: ConditionId | undefined
  /** Agents applied to the group; [] for vehicle or untreated. */
  agents: readonly AgentId[]
}

/** One Compare selection resolved to its series: the key it came from, its study and the group inside it. */
export interface PickedOf<S> {
  key: string
  study: StudyId
  series: S
  group: string
}

/** One aligned Compare figure: a series built from the picked groups, and the key of each selection in it. */
export interface AlignedOf<S> {
  series: S
  keys: string[]
}

/** How Compare puts groups of this kind from different studies on shared axes. */
export interface CompareAlignment<S> {
  /** One sentence under the figure saying how the axes were aligned. */
  axisNote: string
  /** Builds the aligned figures from the picks of this kind (one or more figures). */
  align(picked: readonly PickedOf<S>[]): AlignedOf<S>[]
}

/**
 * What the domain knows of one series kind: its schema, its groups, what it measures, when it cannot be
 * drawn, the extra references integrity must resolve, and how Compare aligns it (absent: not comparable).
 */
export interface SeriesKindDef<S> {
  schema: z.ZodType<S>
  /** Plain name for menus, e.g. "tumour growth". */
  label: string
  groups(s: S): readonly Group[]
  /** What the series measures, in a few words. */
  measuredBy(s: S): string
  /** Why the series has nothing drawable, or null when it has. */
  undrawable(s: S): string | null
  /** Agents named outside the groups (e.g. the drug on a dose axis), and id problems inside the series. */
  references(s: S): { agents: readonly AgentId[]; problems: readonly string[] }
  compare?: CompareAlignment<S>
  /** Provenance a group's drawing adds beyond its stored values (a median-only arm becomes a derived curve). */
  drawnAs?(group: Group): Provenance | undefined
}

/** Every provenance stated anywhere inside a value (a group, an arm, a quantity). */
export function provenancesIn(value: unknown): Provenance[] {
  const found = new Set<Provenance>()
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      const o = v as { provenance?: unknown }
      if (typeof o.provenance === 'string') found.add(o.provenance as Provenance)
      else Object.values(o).forEach(visit)
    }
  }
  visit(value)
  return [...found]
}

/** Compare's unit conversions to a shared axis. */
export const DOSE_TO_UM: Record<string, number> = { pM: 1e-6, nM: 1e-3, µM: 1, uM: 1, mM: 1e3, M: 1e6 }
export const TIME_TO_MONTHS: Record<string, number> = { months: 1, month: 1, years: 12, weeks: 12 / 52.1775, days: 12 / 365.25 }

/** A quantity (and its CI) times a unit factor: a unit change keeps the provenance. */
export const scaleQ = (q: Quantity | undefined, f: number, unit: string): Quantity | undefined =>
  q && { ...q, value: q.value * f, unit, ...(q.ci ? { ci: { ...q.ci, lower: q.ci.lower * f, upper: q.ci.upper * f } } : {}) }

export const uniq = <T>(xs: readonly T[]) => [...new Set(xs)]

/** A stable id for a picked group inside an aligned figure. */
export const slug = (p: PickedOf<{ id: string }>) => `${p.study}-${p.series.id}-${p.group}`.toLowerCase().replace(/[^a-z0-9-]/g, '-')

/** The id of every aligned Compare figure. */
const COMPARE_SERIES = SeriesId.parse('compare')

/** Id, title and a source naming every study and figure an aligned figure draws from. */
export function alignedBase(picked: readonly PickedOf<{ source: { locator: string } }>[], title: string) {
  return {
    id: COMPARE_SERIES,
    title,
    source: { study: picked[0]!.study, locator: uniq(picked.map((p) => `${p.study} ${p.series.source.locator}`)).join('; ') },
  }
}

/** The picked group of a series, found by id among its groups. */
export const pickedGroup = <G extends { id: string }>(groups: readonly G[], p: { group: string }) => groups.find((g) => g.id === p.group)
