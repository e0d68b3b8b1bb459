import { useEffect, useState } from 'react'
import { useViewStore, pickView } from '../../state/store'
import { serialiseView } from '../../state/url-codec'
import { useShallow } from 'zustand/react/shallow'
import { afterNextPaint } from './after-paint'

/** A link target that carries the current toggles, so moving between views keeps them. */
export function useViewHref(path: string): string {
  const view = useViewStore(useShallow(pickView))
  return path + serialiseView(view)
}

/**
 * The toggles as a query string, like useViewHref's, but brought up to date after the paint that shows a change: for
 * links always on screen (the header's), whose targets nobody reads in that frame and whose re-render would add to it.
 */
export function useViewQueryAfterPaint(): string {
  const [query, setQuery] = useState(() => serialiseView(pickView(useViewStore.getState())))
  useEffect(() => {
    let cancel = () => {}
    const unsubscribe = useViewStore.subscribe(() => {
      cancel()
      cancel = afterNextPaint(() => setQuery(serialiseView(pickView(useViewStore.getState()))))
    })
    return () => {
      unsubscribe()
      cancel()
    }
  }, [])
  return query
}
