// The series-kind registry, chart half: one definition per kind, one map. The domain half is src/domain/series.
import type { Series, SeriesKind, SeriesOf } from '../domain/schema/series'
import { correlationChart } from './correlation'
import { doseResponseChart } from './dose'
import { endpointChart } from './endpoint'
import { growthChart } from './growth'
import type { ChartKind } from './kind'
import { survivalChart } from './survival'
import { waterfallChart } from './waterfall'
// Eager, though the chart components load lazily (chart-code.ts): the views' own rules override these at equal
// specificity, which needs this sheet to come first, as it did when the charts were in the views' chunks.
import './charts.css'

/** Every kind's chart definition. */
export const chartKinds = {
  survival: survivalChart,
  'dose-response': doseResponseChart,
  growth: growthChart,
  endpoint: endpointChart,
  correlation: correlationChart,
  waterfall: waterfallChart,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry's view and option types are its own; `satisfies` checks the series type per kind
} satisfies { [K in SeriesKind]: ChartKind<SeriesOf<K>, any, any> }

/**
 * The chart definition of a series' own kind. TypeScript cannot correlate a union value with a map
 * lookup, so this is the one place the pairing is asserted.
 */
export const chartKindOf = <S extends Series>(s: S) => chartKinds[s.kind] as unknown as ChartKind<S, unknown, unknown>
