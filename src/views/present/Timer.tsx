import { useEffect, useState } from 'react'

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000)
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

// Session storage (per tab and deck) keeps the talk time across a reload of the presenter window.
const KEY = () => `re-timer:${location.pathname}`
function saved(): { start: number; pausedAt: number | null } | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY()) ?? 'null') as { start?: unknown; pausedAt?: unknown } | null
    if (v && typeof v.start === 'number' && (v.pausedAt === null || typeof v.pausedAt === 'number')) return { start: v.start, pausedAt: v.pausedAt }
  } catch {
    // Unreadable or blocked storage: start afresh.
  }
  return null
}

/** Elapsed talk time with pause and reset, for the presenter. */
export function Timer() {
  const [start, setStart] = useState(() => saved()?.start ?? Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(() => saved()?.pausedAt ?? null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(t)
  }, [])
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY(), JSON.stringify({ start, pausedAt }))
    } catch {
      // Storage full or blocked: the timer still works, it just won't survive a reload.
    }
  }, [start, pausedAt])
  const elapsed = (pausedAt ?? now) - start
  return (
    <div className="timer">
      <span role="timer" aria-label="Elapsed time" className="timer__time">
        {mmss(Math.max(0, elapsed))}
      </span>
      <button
        type="button"
        onClick={() => {
          if (pausedAt === null) setPausedAt(Date.now())
          else {
            setStart((s) => s + (Date.now() - pausedAt))
            setPausedAt(null)
          }
        }}
      >
        {pausedAt === null ? 'Pause timer' : 'Resume timer'}
      </button>
      <button
        type="button"
        onClick={() => {
          const t = Date.now()
          setStart(t)
          setNow(t)
          setPausedAt(pausedAt === null ? null : t)
        }}
      >
        Reset timer
      </button>
    </div>
  )
}
