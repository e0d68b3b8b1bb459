import { useEffect, useRef, useState, type ReactNode } from 'react'

/** Props of OnScreen. */
interface Props {
  /** Shown (and read out) while the content is not mounted, e.g. the chart's title. */
  label: string
  /** Height kept while unmounted before the content was ever measured, in px. */
  estimate?: number
  /** How far outside the viewport content is kept mounted, in px. */
  margin?: number
  children: ReactNode
}

/**
 * Mounts its content only while it is near the viewport and keeps its measured height while away.
 * A study holds up to ~70 charts; with this a toggle redraws the few in view, not all of them.
 * Where IntersectionObserver is missing (jsdom in tests) the content is always mounted.
 */
export function OnScreen({ label, estimate = 520, margin = 900, children }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const height = useRef(estimate)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(([entry]) => {
      if (!entry) return
      if (!entry.isIntersecting && el.offsetHeight > 0) height.current = el.offsetHeight
      setNear(entry.isIntersecting)
    }, { rootMargin: `${margin}px 0px` })
    io.observe(el)
    return () => io.disconnect()
  }, [margin])
  return (
    <div ref={ref} className="on-screen" data-mounted={near} style={near ? undefined : { minHeight: height.current }}>
      {near ? children : <p className="on-screen__placeholder">{label} (drawn when scrolled into view)</p>}
    </div>
  )
}
