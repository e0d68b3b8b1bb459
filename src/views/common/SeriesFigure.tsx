import { Suspense, useCallback, useMemo, useState } from 'react'
import { CanvasFirst } from '../../charts/CanvasFirst'
import { useCappedHeight } from '../../charts/chart-height'
import { FigureTableContext, FigureTextContext } from '../../charts/figure-text'
import { HiddenFigure } from '../../charts/HiddenFigure'
import { hiddenReason, sourceLabel } from '../../charts/hidden-reason'
import { chartKindOf } from '../../charts/kinds'
import type { Series } from '../../domain/schema/series'
import { groupsOf } from '../../domain/series'
import { useFigureTokens } from './figure-options'
import { useStudyContext } from './study-context'
import { useGroupSelection } from './useGroupSelection'

/**
 * The one place a series becomes a figure, for every kind through the registry: the Study view,
 * Compare and Present all call it, so a new chart kind appears everywhere at once.
 */
export function SeriesFigure({ series }: { series: Series }) {
  const def = chartKindOf(series)
  // In the Study view the reader's options (axes, table view) live in the URL, so a shared link shows the same figure.
  const url = useFigureTokens(series.id)
  const [ownOptions, setOwnOptions] = useState(def.defaultOptions)
  const codec = def.optionTokens
  const tokenKey = url ? url.tokens.join('.') : null
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tokenKey holds the tokens by value, so equal URLs keep the same options object
  const options = useMemo(() => (url && codec ? codec.read(url.tokens) : ownOptions), [tokenKey, codec, ownOptions])
  const asTable = !!url?.tokens.includes('table')
  const setUrl = url?.set
  // Stable, so a redraw of this figure that changes none of its inputs leaves the (memoised) chart alone.
  const setOptions = useCallback(
    (o: unknown) => (setUrl && codec ? setUrl([...codec.write(o), ...(asTable ? ['table'] : [])]) : setOwnOptions(o)),
    [setUrl, codec, asTable],
  )
  const table = useMemo(
    () => (setUrl ? { asTable, setAsTable: (on: boolean) => setUrl([...(codec ? codec.write(options) : []), ...(on ? ['table'] : [])]) } : null),
    [setUrl, asTable, codec, options],
  )
  const { key, visibility, hideIllustrative } = useGroupSelection(groupsOf(series))
  const context = useStudyContext()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds visibility and the switch by value, so equal selections keep the same view object
  const view = useMemo(() => def.view(series, visibility, hideIllustrative, options, context), [def, series, key, options, context])
  const text = useCallback(() => def.exportText(view, series), [def, view, series])
  if (def.drawn(view) === 0) {
    const note = def.emptyNote?.(view, series)
    return (
      <HiddenFigure
        title={series.title}
        source={sourceLabel(series)}
        reason={`${hiddenReason(def.words, hideIllustrative && def.hiddenIllustrative(view) > 0)}${note ? ` ${note}` : ''}`}
      />
    )
  }
  return (
    <FigureTextContext.Provider value={text}>
      <FigureTableContext.Provider value={table}>
        <CanvasFirst>
          <Suspense fallback={<ChartLoading title={series.title} />}>
            <def.Chart series={series} view={view} options={options} onOptionsChange={setOptions} />
          </Suspense>
        </CanvasFirst>
      </FigureTableContext.Provider>
    </FigureTextContext.Provider>
  )
}

/** Plot plus title, key and caption, roughly: the stand-in's height, so the page does not jump when the chart arrives. */
const FRAME_PX = 150

/** What a figure shows while its kind's chart code loads (the first figure of a kind only): a box of about the chart's height. */
function ChartLoading({ title }: { title: string }) {
  const plot = useCappedHeight(360)
  return (
    <p role="status" className="panel-loading chart-loading" style={{ minHeight: plot + FRAME_PX }}>
      Loading the chart “{title}”…
    </p>
  )
}
