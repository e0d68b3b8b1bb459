import { useMemo } from 'react'
import { DoseResponseChart } from '../../charts/dose/DoseResponseChart'
import { doseView } from '../../charts/dose/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { DoseResponseSeries } from '../../domain/schema/series'
import { useGroupSelection } from './useGroupSelection'
import { hiddenReason, sourceLabel } from './hidden-reason'

/** Selects a dose-response series' curves with the toggles and the illustrative switch; hands plain props to the chart. */
export function DoseResponsePanel({ series }: { series: DoseResponseSeries }) {
  const { key, visibility, hideIllustrative } = useGroupSelection(series.curves, series.source.study)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value, so equal selections keep the same view object
  const view = useMemo(() => doseView(series, visibility, hideIllustrative), [series, key])
  const source = sourceLabel(series)
  if (!view.curves.length)
    return <HiddenFigure title={series.title} source={source} reason={hiddenReason('mark', 'curve', hideIllustrative && view.hiddenIllustrative > 0)} />
  return <DoseResponseChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} />
}
