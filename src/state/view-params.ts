import { useCallback } from 'react'
import { useLocationProperty } from 'wouter/use-browser-location'

/**
 * One view-local URL parameter (see VIEW_LOCAL in url-codec): its value ("" when absent) and a setter that rewrites
 * only that parameter. `push` adds a history entry (a pick, so Back undoes it); otherwise the entry is replaced
 * (typing, so Back does not step through keystrokes).
 */
export function useSearchParam(name: string): [string, (value: string, push?: boolean) => void] {
  // Subscribed to this parameter's value, not the whole query: a step writing ?step= and the drugs then re-renders
  // no figure whose own `fig` tokens are unchanged (useSearch re-rendered every reader on every address change).
  const value = useLocationProperty(() => new URLSearchParams(window.location.search).get(name) ?? '')
  const set = useCallback(
    (next: string, push = false) => {
      const params = new URLSearchParams(window.location.search)
      if (next) params.set(name, next)
      else params.delete(name)
      const s = params.toString().replace(/%2C/g, ',')
      const url = window.location.pathname + (s ? `?${s}` : '') + window.location.hash
      if (push) window.history.pushState(window.history.state, '', url)
      else window.history.replaceState(window.history.state, '', url)
    },
    [name],
  )
  return [value, set]
}
