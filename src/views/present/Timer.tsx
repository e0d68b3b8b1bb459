import { useEffect, useState } from 'react'

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000)
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** Elapsed talk time with pause and reset, for the presenter. */
export function Timer() {
  const [start, setStart] = useState(() => Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(t)
  }, [])
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
