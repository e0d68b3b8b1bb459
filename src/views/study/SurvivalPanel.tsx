import { useMemo, useState } from 'react'
import { HiddenFigure } from '../../charts/HiddenFigure'
import { SurvivalChart } from '../../charts/survival/SurvivalChart'
import { survivalView } from '../../charts/survival/model'
import { quantityText } from '../../domain/format'
import type { SurvivalSeries } from '../../domain/schema/series'
import { useGroupSelection } from './useGroupSelection'
import { hiddenReason, sourceLabel } from './hidden-reason'

/** Selects a survival series' arms with the toggles and the illustrative switch; hands plain props to the chart. */
export function SurvivalPanel({ series }: { series: SurvivalSeries }) {
  const [tMax, setTMax] = useState<number | undefined>(undefined)
  const { key, visibility, hideIllustrative } = useGroupSelection(series.arms, series.source.study)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key captures visibility and the switch by value, so equal selections keep the same view object
  const view = useMemo(() => survivalView(series, visibility, tMax, hideIllustrative), [series, key, tMax])
  const source = sourceLabel(series)
  if (!view.arms.length)
    return (
      <HiddenFigure
        title={series.title}
        source={source}
        reason={`${hiddenReason('curve', 'arm', hideIllustrative && view.hiddenIllustrative > 0)}${series.hazardRatio ? ` Reported: HR ${quantityText(series.hazardRatio)}.` : ''}`}
      />
    )
  return <SurvivalChart title={series.title} study={series.source.study} figure={series.source.locator} fileName={`${series.source.study}-${series.id}`} endpoint={series.endpoint} view={view} note={series.note} onRangeChange={setTMax} />
}
