import type { Series } from '../../domain/schema/series'
import { SurvivalPanel } from './SurvivalPanel'

/**
 * The one place a series becomes a figure: the Study view, Compare and Present all call it,
 * so a new chart kind appears everywhere at once. Returns null for kinds without a chart yet.
 */
export function SeriesFigure({ series }: { series: Series }) {
  switch (series.kind) {
    case 'survival':
      return <SurvivalPanel series={series} />
    default:
      return null
  }
}

/** Whether SeriesFigure can draw this kind yet. */
export const canDraw = (s: Series) => s.kind === 'survival'
