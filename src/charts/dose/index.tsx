import type { DoseResponseSeries } from '../../domain/schema/series'
import { hiddenText, sentences, thinnedText } from '../figure-text'
import { chartCode, lazyChart } from '../chart-code'
import { frameOf, type ChartKind } from '../kind'
import { doseCsv, doseView, type DoseView } from './model'

// The chart itself loads on first use (see chart-code.ts); the view model above stays eager.
const DoseResponseChart = lazyChart(chartCode.dose)

/** Dose-response: no reader options. */
export const doseResponseChart: ChartKind<DoseResponseSeries, DoseView, null> = {
  defaultOptions: null,
  view: (s, visibility, hide, _opts, context) => doseView(s, visibility, hide, context),
  drawn: (v) => v.curves.length,
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  words: { marks: 'mark', groups: 'curve' },
  csv: (v, m) => doseCsv(v, m.study, m.figure, m.title),
  exportText: (v, s) => ({
    legend: v.curves.map((c) => ({
      label: c.label,
      colour: c.colour,
      provenance: c.line.length ? c.lineProvenance : (c.points[0]?.provenance ?? c.ic50?.provenance ?? 'reported'),
      detail: c.ic50 && `${c.ic50.text} (${c.ic50.provenance})`,
    })),
    caption: sentences(
      s.note,
      ...v.indices.map((ri) => `${ri.resistant} vs ${ri.parental}: ${ri.text} (${ri.provenance}).`),
      hiddenText(v.hiddenIllustrative, 'marks'),
      thinnedText(v.thinned),
    ),
  }),
  Chart: ({ series, view }) => <DoseResponseChart {...frameOf(series)} view={view} />,
}
