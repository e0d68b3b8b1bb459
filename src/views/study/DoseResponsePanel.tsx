import { useMemo } from 'react'
import { DoseResponseChart } from '../../charts/dose/DoseResponseChart'
import { doseView } from '../../charts/dose/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { DoseResponseSeries } from '../../domain/schema/series'
import { useGroupSelection } from './useGroupSelection'

/** Selects a dose-response series' curves with the toggles and the illustrative switch; hands plain props to the chart. */
export function DoseResponsePanel({ series }: { series: DoseResponseSeries }) {
  const { key, visibility, hideIllustrative } = useGroupSelection(series.curves)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value, so equal selections keep the same view object
  const view = useMemo(() => doseView(series, visibility, hideIllustrative), [series, key])
  const source = `${series.source.study} · ${series.source.locator}`
  if (!view.curves.length)
    return <HiddenFigure title={series.title} source={source} reason={hideIllustrative && view.hiddenIllustrative ? 'Every mark of this figure is illustrative (not measured) and the "hide illustrative" switch is on.' : 'No curve matches the current drug and condition toggles.'} />
  return <DoseResponseChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} />
}
