import { useMemo } from 'react'
import { CorrelationChart } from '../../charts/correlation/CorrelationChart'
import { correlationView } from '../../charts/correlation/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { CorrelationSeries } from '../../domain/schema/series'
import { useViewStore } from '../../state/store'
import { hiddenReason, sourceLabel } from './hidden-reason'

/** A correlation has no toggle groups: only the illustrative switch changes it. */
export function CorrelationPanel({ series }: { series: CorrelationSeries }) {
  const hideIllustrative = useViewStore((s) => s.hideIllustrative)
  const view = useMemo(() => correlationView(series, hideIllustrative), [series, hideIllustrative])
  const source = sourceLabel(series)
  if (!view.points.length)
    return <HiddenFigure title={series.title} source={source} reason={`${hiddenReason('point', 'group', true)}${view.reported ? ` Reported: ${view.reported.text}.` : ''}`} />
  return <CorrelationChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} />
}
