import { useEffect } from 'react'
import { actionForKey, GLOBAL_ACTIONS } from '../state/actions'
import { useViewStore } from '../state/store'

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT'])

/** Keyboard shortcuts of the registered global actions (D theme, I illustrative). */
export function useGlobalShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null
      if (t && (TYPING.has(t.tagName) || t.isContentEditable)) return
      const action = actionForKey(GLOBAL_ACTIONS, e)
      if (!action) return
      e.preventDefault()
      action.perform(useViewStore.getState())
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
