import type { EndpointSeries } from '../../domain/schema/series'
import { colourAt } from '../palette'
import { hiddenText, sentences } from '../figure-text'
import { chartCode, lazyChart } from '../chart-code'
import { frameOf, type ChartKind } from '../kind'
import { endpointCsv, endpointView, type EndpointView } from './model'

// The chart itself loads on first use (see chart-code.ts); the view model above stays eager.
const EndpointChart = lazyChart(chartCode.endpoint)

/** Endpoints: no reader options beyond the chart's own bar/dot switch. */
export const endpointChart: ChartKind<EndpointSeries, EndpointView, null> = {
  defaultOptions: null,
  view: (s, visibility, hide) => endpointView(s, visibility, hide),
  drawn: (v) => v.bars.length,
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  words: { marks: 'bar', groups: 'group' },
  csv: (v, m) => endpointCsv(v, m.study, m.figure, m.title),
  exportText: (v, s) => ({
    legend: v.colourGroups.map((g, i) => ({ label: g || 'no model', colour: colourAt(i) })),
    caption: sentences(s.note, hiddenText(v.hiddenIllustrative, 'bars')),
  }),
  Chart: ({ series, view }) => <EndpointChart {...frameOf(series)} view={view} />,
}
