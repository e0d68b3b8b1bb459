import { useCallback, useRef } from 'react'
import { useSearchParam } from '../../state/view-params'

/**
 * Which node's evidence is open, kept in the URL (`pw`) so a shared link opens the same node;
 * closing returns focus to that node (or its list-view button).
 */
export function useNodeSelection() {
  const [param, setParam] = useSearchParam('pw')
  const selected = param || null
  const root = useRef<HTMLDivElement>(null)
  const select = useCallback((id: string) => setParam(id === selected ? '' : id, true), [selected, setParam])
  const close = useCallback(() => {
    const id = selected
    setParam('', true)
    if (id) requestAnimationFrame(() => root.current?.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"] [role="button"]`)?.focus())
  }, [selected, setParam])
  return { selected, select, close, root }
}
