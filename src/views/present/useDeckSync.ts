import { useEffect, useRef } from 'react'
import { AgentId, ConditionId } from '../../domain/schema/ids'

/** What two windows of one deck share: position, reveal, drugs and conditions (the build) and the predict switch. */
export interface SyncState {
  slide: number
  revealed: boolean
  drugs: AgentId[]
  conditions: ConditionId[]
  predict: boolean
}

function isSyncState(x: unknown): x is SyncState {
  const s = x as SyncState
  return (
    !!s &&
    typeof s.slide === 'number' &&
    typeof s.revealed === 'boolean' &&
    typeof s.predict === 'boolean' &&
    // Another window's message: its ids are checked with the id schemas before the store takes them.
    Array.isArray(s.drugs) &&
    s.drugs.every((d) => AgentId.safeParse(d).success) &&
    Array.isArray(s.conditions) &&
    s.conditions.every((c) => ConditionId.safeParse(c).success)
  )
}

/**
 * Keeps every window showing one deck in step over a BroadcastChannel (audience and presenter).
 * A window joining asks for the current state; after that each local change is posted once,
 * and a state that arrived from elsewhere is not echoed back.
 */
export function useDeckSync(channel: string, state: SyncState, apply: (s: SyncState) => void) {
  const key = JSON.stringify(state)
  const agreed = useRef(key)
  const chan = useRef<BroadcastChannel | null>(null)
  const latest = useRef({ state, apply })
  useEffect(() => {
    latest.current = { state, apply }
  })
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(channel)
    chan.current = ch
    ch.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data as { type?: string; state?: unknown }
      if (m?.type === 'hello') ch.postMessage({ type: 'state', state: latest.current.state })
      else if (m?.type === 'state' && isSyncState(m.state)) {
        const k = JSON.stringify(m.state)
        if (k === agreed.current) return
        agreed.current = k
        latest.current.apply(m.state)
      }
    }
    ch.postMessage({ type: 'hello' })
    return () => {
      ch.close()
      chan.current = null
    }
  }, [channel])
  useEffect(() => {
    if (key === agreed.current) return
    agreed.current = key
    chan.current?.postMessage({ type: 'state', state: JSON.parse(key) as SyncState })
  }, [key])
}
