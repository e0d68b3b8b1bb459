import { useCallback, useEffect, useState } from 'react'
import type { Room } from './layout'

/** Rounded to 8 px, so sub-pixel jitter does not lay the diagram out again. */
const q = (v: number) => Math.round(v / 8) * 8

/**
 * Measures the room a diagram's scroll box gives it: its width, and the height the SVG may take (its CSS
 * max-height in px; null otherwise). Re-measured on resize.
 */
export function useRoom(): [(el: HTMLElement | null) => void, Room | null] {
  const [el, setEl] = useState<HTMLElement | null>(null)
  const [room, setRoom] = useState<Room | null>(null)
  const ref = useCallback((node: HTMLElement | null) => setEl(node), [])
  useEffect(() => {
    if (!el) return
    const measure = () => {
      const svg = el.querySelector('svg')
      const max = svg ? getComputedStyle(svg).maxHeight : 'none'
      // Only a max-height in px bounds the drawing for sure (a percentage of an auto-height box does not).
      const h = max.endsWith('px') ? parseFloat(max) : null
      const next = { w: q(el.clientWidth), h: h === null || !(h > 0) ? null : q(h) }
      if (next.w > 0) setRoom((r) => (r && r.w === next.w && r.h === next.h ? r : next))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [el])
  return [ref, room]
}
