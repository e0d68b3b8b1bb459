import { useEffect, useState } from 'react'

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000)
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** Where the timer lives between reloads of the presenter window (this tab only). */
export const TIMER_KEY = 'present:timer'

interface Clock {
  start: number
  pausedAt: number | null
}

function load(): Clock {
  try {
    const c = JSON.parse(sessionStorage.getItem(TIMER_KEY) ?? 'null') as Clock | null
    if (c && typeof c.start === 'number' && (c.pausedAt === null || typeof c.pausedAt === 'number')) return c
  } catch {
    // Storage blocked or a damaged value: start afresh.
  }
  return { start: Date.now(), pausedAt: null }
}

/** Elapsed talk time with pause and reset, for the presenter; a reload keeps it running. */
export function Timer() {
  const [clock, setClock] = useState(load)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(t)
  }, [])
  useEffect(() => {
    try {
      sessionStorage.setItem(TIMER_KEY, JSON.stringify(clock))
    } catch {
      // Not stored: the timer still runs, it just restarts on reload.
    }
  }, [clock])
  const elapsed = (clock.pausedAt ?? now) - clock.start
  return (
    <div className="timer">
      <span role="timer" aria-label="Elapsed time" className="timer__time">
        {mmss(Math.max(0, elapsed))}
      </span>
      <button
        type="button"
        onClick={() => {
          const t = Date.now()
          setClock((c) => (c.pausedAt === null ? { ...c, pausedAt: t } : { start: c.start + (t - c.pausedAt), pausedAt: null }))
        }}
      >
        {clock.pausedAt === null ? 'Pause timer' : 'Resume timer'}
      </button>
      <button
        type="button"
        onClick={() => {
          const t = Date.now()
          setNow(t)
          setClock((c) => ({ start: t, pausedAt: c.pausedAt === null ? null : t }))
        }}
      >
        Reset timer
      </button>
    </div>
  )
}
