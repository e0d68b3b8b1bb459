import type { DoseResponseSeries } from '../../domain/schema/series'
import { fileNameOf, type ChartKind } from '../kind'
import { DoseResponseChart } from './DoseResponseChart'
import { doseCsv, doseView, type DoseView } from './model'

/** Dose-response: no reader options. */
export const doseResponseChart: ChartKind<DoseResponseSeries, DoseView, null> = {
  defaultOptions: null,
  view: (s, visibility, hide, _opts, context) => doseView(s, visibility, hide, context),
  drawn: (v) => v.curves.length,
  hiddenIllustrative: (v) => v.hiddenIllustrative,
  words: { marks: 'mark', groups: 'curve' },
  csv: (v, m) => doseCsv(v, m.study, m.figure, m.title),
  Chart: ({ series, view }) => <DoseResponseChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={fileNameOf(series)} view={view} note={series.note} />,
}
