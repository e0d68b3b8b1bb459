import { lazy, type ComponentType } from 'react'

/** Loads a kind's chart component; `loaded` holds it once its chunk has arrived. */
interface ChartCode<C> {
  (): Promise<C>
  loaded?: C
}

const code = <C>(load: () => Promise<C>): ChartCode<C> => {
  const run: ChartCode<C> = () => load().then((c) => (run.loaded = c))
  return run
}

/** The kinds' chart components, one chunk beside recharts' own: nothing the views import eagerly holds either. */
const loadKindCharts = () => import('./kind-charts')

/**
 * Each kind's chart component, loaded on first use (or by preloadChartCode, which a route calls beside its data
 * requests): the view, its data and its pathway do not wait for recharts.
 */
export const chartCode = {
  survival: code(() => loadKindCharts().then((m) => m.SurvivalChart)),
  dose: code(() => loadKindCharts().then((m) => m.DoseResponseChart)),
  growth: code(() => loadKindCharts().then((m) => m.GrowthChart)),
  endpoint: code(() => loadKindCharts().then((m) => m.EndpointChart)),
  correlation: code(() => loadKindCharts().then((m) => m.CorrelationChart)),
  waterfall: code(() => loadKindCharts().then((m) => m.WaterfallChart)),
}

/**
 * A kind's chart component loaded on first render; the figure shows a fixed-height stand-in meanwhile
 * (SeriesFigure). When the chunk is already here (preloaded) it renders at once: React.lazy suspends on any
 * promise, even a settled one, and a Suspense reveal is throttled (about 300 ms), so it is given an
 * already-resolved thenable instead.
 */
export function lazyChart<P extends object>(load: ChartCode<ComponentType<P>>): ComponentType<P> {
  return lazy(() => {
    const ready = load.loaded
    if (ready)
      return { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: ready }) } as unknown as Promise<{ default: ComponentType<P> }>
    return load().then((C) => ({ default: C }))
  })
}

/**
 * Starts loading the charts' code now (a route calls it beside its data requests); settles when it is here.
 * Never rejects: a failure shows where a chart renders.
 */
export function preloadChartCode(): Promise<void> {
  return Promise.all(Object.values(chartCode).map((load) => load().catch(() => undefined))).then(() => undefined)
}
