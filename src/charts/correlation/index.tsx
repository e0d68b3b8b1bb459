import type { CorrelationSeries } from '../../domain/schema/series'
import { hiddenText, sentences, thinnedText } from '../figure-text'
import { chartCode, lazyChart } from '../chart-code'
import { frameOf, type ChartKind } from '../kind'
import { correlationCsv, correlationView, type CorrelationView } from './model'

// The chart itself loads on first use (see chart-code.ts); the view model above stays eager.
const CorrelationChart = lazyChart(chartCode.correlation)

/** Correlation: no groups, so only the illustrative switch changes it. */
export const correlationChart: ChartKind<CorrelationSeries, CorrelationView, null> = {
  defaultOptions: null,
  view: (s, _visibility, hide) => correlationView(s, hide),
  drawn: (v) => (v.points.length ? 1 : 0),
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  emptyNote: (v) => (v.reported ? `Reported: ${v.reported.text}.` : ''),
  words: { marks: 'point', groups: 'group' },
  csv: (v, m) => correlationCsv(v, m.study, m.figure, m.title),
  exportText: (v, s) => ({
    legend: [],
    caption: sentences(
      v.reported ? `Reported: ${v.reported.text} (${v.reported.provenance}).` : 'No r is reported.',
      v.drawn && `Drawn: ${v.drawn.text} (${v.drawn.provenance}).`,
      s.note,
      thinnedText(v.thinned),
      hiddenText(v.hiddenIllustrative, 'points'),
    ),
  }),
  Chart: ({ series, view }) => <CorrelationChart {...frameOf(series)} view={view} />,
}
