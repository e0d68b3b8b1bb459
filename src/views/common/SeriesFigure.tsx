import { useCallback, useMemo, useState } from 'react'
import { FigureTextContext } from '../../charts/figure-text'
import { HiddenFigure } from '../../charts/HiddenFigure'
import { hiddenReason, sourceLabel } from '../../charts/hidden-reason'
import { chartKindOf } from '../../charts/kinds'
import type { Series } from '../../domain/schema/series'
import { groupsOf } from '../../domain/series'
import { useStudyContext } from './study-context'
import { useGroupSelection } from './useGroupSelection'

/**
 * The one place a series becomes a figure, for every kind through the registry: the Study view,
 * Compare and Present all call it, so a new chart kind appears everywhere at once.
 */
export function SeriesFigure({ series }: { series: Series }) {
  const def = chartKindOf(series)
  const [options, setOptions] = useState(def.defaultOptions)
  const { key, visibility, hideIllustrative } = useGroupSelection(groupsOf(series))
  const context = useStudyContext()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value, so equal selections keep the same view object
  const view = useMemo(() => def.view(series, visibility, hideIllustrative, options, context), [def, series, key, options, context])
  const text = useCallback(() => def.exportText(view, series), [def, view, series])
  if (def.drawn(view) === 0) {
    const note = def.emptyNote?.(view, series)
    return <HiddenFigure title={series.title} source={sourceLabel(series)} reason={`${hiddenReason(def.words, hideIllustrative && def.hiddenIllustrative(view) > 0)}${note ? ` ${note}` : ''}`} />
  }
  return (
    <FigureTextContext.Provider value={text}>
      <def.Chart series={series} view={view} options={options} onOptionsChange={setOptions} />
    </FigureTextContext.Provider>
  )
}
