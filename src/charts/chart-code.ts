import { lazy, type ComponentType } from 'react'

/**
 * Each kind's chart component (and with them recharts) is its own chunk: the Study view's first screen
 * loads only the code its figures use, and the route starts these requests beside the data's (preloadChartCode).
 */
export const chartCode = {
  survival: () => import('./survival/SurvivalChart').then((m) => m.SurvivalChart),
  dose: () => import('./dose/DoseResponseChart').then((m) => m.DoseResponseChart),
  growth: () => import('./growth/GrowthChart').then((m) => m.GrowthChart),
  endpoint: () => import('./endpoint/EndpointChart').then((m) => m.EndpointChart),
  correlation: () => import('./correlation/CorrelationChart').then((m) => m.CorrelationChart),
  waterfall: () => import('./waterfall/WaterfallChart').then((m) => m.WaterfallChart),
}

/** A kind's chart component loaded on first render; the figure shows a fixed-height stand-in meanwhile (SeriesFigure). */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() => load().then((C) => ({ default: C })))
}

/** Starts loading every kind's chart code now (a route calls it beside its data requests); errors surface on render. */
export function preloadChartCode(): void {
  for (const load of Object.values(chartCode)) load().catch(() => undefined)
}
