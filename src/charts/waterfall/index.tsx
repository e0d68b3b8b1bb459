import type { WaterfallSeries } from '../../domain/schema/series'
import { colourAt } from '../palette'
import { hiddenText, sentences } from '../figure-text'
import { chartCode, lazyChart } from '../chart-code'
import { frameOf, type ChartKind } from '../kind'
import { waterfallCsv, waterfallView, type WaterfallView } from './model'

// The chart itself loads on first use (see chart-code.ts); the view model above stays eager.
const WaterfallChart = lazyChart(chartCode.waterfall)

/** Waterfall: no reader options. */
export const waterfallChart: ChartKind<WaterfallSeries, WaterfallView, null> = {
  defaultOptions: null,
  view: (s, visibility, hide) => waterfallView(s, visibility, hide),
  drawn: (v) => v.bars.length,
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  words: { marks: 'bar', groups: 'bar' },
  csv: (v, m) => waterfallCsv(v, m.study, m.figure, m.title),
  exportText: (v, s) => ({
    legend: v.categories.map((c, i) => ({ label: c, colour: colourAt(i) })),
    caption: sentences(s.note, 'Bars sorted from largest to smallest.', hiddenText(v.hiddenIllustrative, 'bars')),
  }),
  Chart: ({ series, view }) => <WaterfallChart {...frameOf(series)} view={view} />,
}
