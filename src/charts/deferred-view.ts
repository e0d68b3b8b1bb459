// After a toggle, a big (thinned) chart redraws after the click's task, in a turn of its own (usePlotTurn's queue)
// and in a render React can interrupt: the page answers the click at once and the big charts follow one per task.
// (With useDeferredValue they all committed together, and recharts' store updates after that commit re-rendered
// every big chart in one task of ~400 ms at 1× CPU: issue 16, item 10.) Small charts redraw at once.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { drawInTurn } from './usePlotTurn'

/** The view a chart draws: `view` itself, or for a thinned view the previous one until its turn to redraw. */
export function useDeferredView<V extends { thinned?: string }>(view: V): V {
  const [shown, setShown] = useState(view)
  const deferred = !!(view.thinned || shown.thinned)
  useEffect(() => {
    if (!deferred || shown === view) return
    // Cleaned up when the redraw committed (`shown` changed) or a newer view replaces the one waiting: the turn goes on.
    return drawInTurn(() => setShown(view)).cancel
  }, [deferred, shown, view])
  // A small view is drawn at once; `shown` catches up (during render: no second commit) so a later big view waits
  // with what is on screen.
  if (!deferred && shown !== view) setShown(view)
  return deferred ? shown : view
}

/**
 * A callback whose identity lasts while `fn` is given, calling the latest `fn`: so a memoised chart is not redrawn
 * only because its parent made a new handler (the handler's parent re-renders on every toggle).
 */
export function useStableCallback<F extends ((...args: never[]) => void) | undefined>(fn: F): F {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  const given = fn !== undefined
  return useMemo(() => (given ? (...args: Parameters<NonNullable<F>>) => latest.current?.(...args) : undefined), [given]) as F
}
