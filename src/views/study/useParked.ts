import { useEffect, useState } from 'react'

/** Waits for an idle moment, or at most this long, before something that left the screen is parked. */
const PARK_WAIT_MS = 500

/**
 * Whether a part drawn for a step off screen (its figures, its pathway) is also parked: its contents skipped
 * (`content-visibility: hidden`), so they are neither painted nor focusable. A part coming on screen is unparked at
 * once; one leaving is parked at an idle moment after the step's first paint, and meanwhile is out of sight (no
 * height, clipped) and aria-hidden. Skipping contents changes no inherited property: `visibility` or `inert` would
 * restyle every node below (about 600 in a column of charts) each time, in the frame that shows the new step.
 */
export function useParked(current: boolean): boolean {
  const [parked, setParked] = useState(!current)
  // Coming on screen: unparked in this same render, so the step's first frame is interactive.
  if (current && parked) setParked(false)
  useEffect(() => {
    if (current) return
    if (typeof requestIdleCallback !== 'function') {
      const t = setTimeout(() => setParked(true), PARK_WAIT_MS)
      return () => clearTimeout(t)
    }
    const id = requestIdleCallback(() => setParked(true), { timeout: PARK_WAIT_MS })
    return () => cancelIdleCallback(id)
  }, [current])
  return !current && parked
}
