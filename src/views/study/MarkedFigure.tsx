import { memo, useCallback, useMemo } from 'react'
import { chartKindOf } from '../../charts/kinds'
import type { Series } from '../../domain/schema/series'
import { groupsOf } from '../../domain/series'
import { SeriesFigure } from '../common/SeriesFigure'
import { useGroupSelection } from '../common/useGroupSelection'
import { useChangeMark } from './change-cause'
import { ChangeNote } from './ChangeNote'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "arm hidden", "2 curves shown, 1 hidden", from two visibility keys of one chart. */
function whatChanged(prev: string, next: string, word: string): string {
  const [a = '', ai] = prev.split('|')
  const [b = '', bi] = next.split('|')
  const pa = a.split(','),
    pb = b.split(',')
  const shown = pb.filter((v, i) => v !== 'hidden' && pa[i] === 'hidden').length
  const hidden = pb.filter((v, i) => v === 'hidden' && pa[i] !== 'hidden').length
  const emph = pb.filter((v, i) => v !== pa[i] && v !== 'hidden' && pa[i] !== 'hidden').length
  const parts = [
    shown && (shown === 1 ? `${word} shown` : `${plural(shown, word)} shown`),
    hidden && (hidden === 1 ? `${word} hidden` : `${plural(hidden, word)} hidden`),
    emph && `${plural(emph, word)} re-emphasised`,
    ai !== bi && (bi === 'true' ? 'illustrative marks hidden' : 'illustrative marks back'),
  ].filter(Boolean)
  return parts.join(', ') || 'redrawn'
}

/**
 * A figure that marks itself for a few seconds when a toggle changes what it draws, saying what changed it.
 * Memoised: a step change re-renders its column (its classes change), not each figure in it.
 */
export const MarkedFigure = memo(function MarkedFigure({ series }: { series: Series }) {
  const { key } = useGroupSelection(groupsOf(series))
  const word = chartKindOf(series).words.groups
  const describe = useCallback((p: string, n: string) => whatChanged(p, n, word), [word])
  const note = useChangeMark(key, Object.is, describe)
  // The mark's note comes in a render of its own, after the change: it should not redraw the figure.
  const figure = useMemo(() => <SeriesFigure series={series} />, [series])
  return <ChangeNote note={note}>{figure}</ChangeNote>
})
