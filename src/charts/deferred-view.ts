// After a toggle, a big (thinned) chart redraws in a background render React can interrupt, not in the click's
// task: the page answers the click at once and the big chart follows (issue 16, item 10). Small charts redraw at once.
import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react'

/** The view a chart draws: `view` itself, or for a thinned view the previous one until React has time for the new. */
export function useDeferredView<V extends { thinned?: string }>(view: V): V {
  const deferred = useDeferredValue(view)
  return view.thinned || deferred.thinned ? deferred : view
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
