import { useMemo } from 'react'
import { EndpointChart } from '../../charts/endpoint/EndpointChart'
import { endpointView } from '../../charts/endpoint/model'
import { HiddenFigure } from '../../charts/HiddenFigure'
import type { EndpointSeries } from '../../domain/schema/series'
import { useGroupSelection } from './useGroupSelection'
import { hiddenReason, sourceLabel } from './hidden-reason'

/** Selects an endpoint series' groups with the toggles and the illustrative switch; hands plain props to the chart. */
export function EndpointPanel({ series }: { series: EndpointSeries }) {
  const { key, visibility, hideIllustrative } = useGroupSelection(series.groups, series.source.study)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value
  const view = useMemo(() => endpointView(series, visibility, hideIllustrative), [series, key])
  const source = sourceLabel(series)
  if (!view.bars.length)
    return <HiddenFigure title={series.title} source={source} reason={hiddenReason('bar', 'group', hideIllustrative && view.hiddenIllustrative > 0)} />
  return <EndpointChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} view={view} note={series.note} />
}
