import { useLayoutEffect, useRef, useState } from 'react'

/** Width of a container, tracked with ResizeObserver; falls back to `initial` where layout is unavailable (tests). */
export function useWidth<T extends HTMLElement>(initial = 720) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(initial)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const measure = () => el.clientWidth > 0 && setWidth(Math.round(el.clientWidth))
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return [ref, width] as const
}
