import { useCallback, useRef, useState } from 'react'

/** Which node's evidence is open; closing returns focus to that node (or its list-view button). */
export function useNodeSelection() {
  const [selected, setSelected] = useState<string | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const select = useCallback((id: string) => setSelected((cur) => (cur === id ? null : id)), [])
  const close = useCallback(() => {
    const id = selected
    setSelected(null)
    if (id) requestAnimationFrame(() => root.current?.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"] [role="button"]`)?.focus())
  }, [selected])
  return { selected, select, close, root }
}
