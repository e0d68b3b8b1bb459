import type { Series } from '../../domain/schema/series'
import { CorrelationPanel } from './CorrelationPanel'
import { DoseResponsePanel } from './DoseResponsePanel'
import { EndpointPanel } from './EndpointPanel'
import { GrowthPanel } from './GrowthPanel'
import { SurvivalPanel } from './SurvivalPanel'

/**
 * The one place a series becomes a figure: the Study view, Compare and Present all call it,
 * so a new chart kind appears everywhere at once.
 */
export function SeriesFigure({ series }: { series: Series }) {
  switch (series.kind) {
    case 'survival':
      return <SurvivalPanel series={series} />
    case 'dose-response':
      return <DoseResponsePanel series={series} />
    case 'growth':
      return <GrowthPanel series={series} />
    case 'endpoint':
      return <EndpointPanel series={series} />
    case 'correlation':
      return <CorrelationPanel series={series} />
  }
}

/**
 * Why a series cannot be drawn meaningfully, or null when it can. The schema guarantees at least one
 * group; what remains is a series with nothing plottable in it.
 */
export function undrawableReason(s: Series): string | null {
  switch (s.kind) {
    case 'survival':
      return s.arms.some((a) => a.median || a.points?.length || a.subjects?.length) ? null : 'no arm has a median, curve points or subject times'
    case 'dose-response':
      return s.curves.some((c) => c.ic50 || c.points?.length) ? null : 'no curve has an IC50 or points'
    case 'growth':
      return s.arms.some((a) => a.points.length) ? null : 'no arm has volume points'
    case 'endpoint':
      return null
    case 'correlation':
      return s.points.length >= 2 ? null : 'a scatter needs at least two points'
  }
}

/** Whether SeriesFigure can draw this series. */
export const canDraw = (s: Series) => undrawableReason(s) === null
