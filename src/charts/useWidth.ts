import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react'

const Hint = createContext<number | undefined>(undefined)

/** The canvas width measured before the chart's first render (CanvasFirst), so the chart draws once, not at `initial` and again. */
export const CanvasWidthHint = Hint.Provider

/** Width of a container, tracked with ResizeObserver; starts at the hint, else `initial` (also where layout is unavailable: tests). */
export function useWidth<T extends HTMLElement>(initial = 720) {
  const ref = useRef<T>(null)
  const hint = useContext(Hint)
  const [width, setWidth] = useState(hint ?? initial)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    // Equal to the hint, this sets the same state and React skips the second render.
    const measure = () => el.clientWidth > 0 && setWidth(Math.round(el.clientWidth))
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return [ref, width] as const
}
