import { useViewStore, pickView } from '../../state/store'
import { serialiseView } from '../../state/url-codec'
import { useShallow } from 'zustand/react/shallow'

/** A link target that carries the current toggles, so moving between views keeps them. */
export function useViewHref(path: string): string {
  const view = useViewStore(useShallow(pickView))
  return path + serialiseView(view)
}
