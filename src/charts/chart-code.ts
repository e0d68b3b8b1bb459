import type { ComponentType } from 'react'
import { lazyWithRetry } from '../ui/lazy-retry'

/** The kinds' chart components, one chunk beside recharts' own: nothing the views import eagerly holds either. */
type KindCharts = typeof import('./kind-charts')

/** The charts' module once its chunk has arrived. */
let kindCharts: KindCharts | undefined
const loadKindCharts = () => import('./kind-charts').then((m) => (kindCharts = m))

/** Which of the chunk's components each kind draws with. */
export const chartCode = {
  survival: (m: KindCharts) => m.SurvivalChart,
  dose: (m: KindCharts) => m.DoseResponseChart,
  growth: (m: KindCharts) => m.GrowthChart,
  endpoint: (m: KindCharts) => m.EndpointChart,
  correlation: (m: KindCharts) => m.CorrelationChart,
  waterfall: (m: KindCharts) => m.WaterfallChart,
}

/**
 * A kind's chart component loaded on first render; the figure shows a fixed-height stand-in meanwhile
 * (SeriesFigure). When the chunk is already here (preloaded) it renders at once: React.lazy suspends on any
 * promise, even a settled one, and a Suspense reveal is throttled (about 300 ms), so it is given an
 * already-resolved thenable instead. A chunk that failed to load is fetched again on the view's Retry
 * (lazyWithRetry), not only after a reload.
 */
export function lazyChart<P extends object>(pick: (m: KindCharts) => ComponentType<P>): ComponentType<P> {
  const asModule = (m: KindCharts) => ({ default: pick(m) })
  return lazyWithRetry(
    () => {
      const ready = kindCharts
      if (!ready) return loadKindCharts().then(asModule)
      const now = { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve(asModule(ready)), catch: () => now }
      return now as unknown as Promise<{ default: ComponentType<P> }>
    },
    (m: KindCharts) => asModule((kindCharts = m)),
  )
}

/**
 * Starts loading the charts' code now (a route calls it beside its data requests); settles when it is here.
 * Never rejects: a failure shows where a chart renders.
 */
export function preloadChartCode(): Promise<void> {
  return loadKindCharts().then(
    () => undefined,
    () => undefined,
  )
}
