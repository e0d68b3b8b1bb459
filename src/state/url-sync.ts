import { parseView, serialiseView } from './url-codec'
import { pickView, useViewStore } from './store'

/** Parameters the next store-driven history entry carries besides the view (the Study view's step); see withUrlParams. */
let carried: Readonly<Record<string, string>> | null = null

/**
 * Runs a store update whose history entry also sets `params` (e.g. ?step=), so a move that changes both the
 * selection and the step writes one entry, not a push and then a replace.
 */
export function withUrlParams(params: Readonly<Record<string, string>>, update: () => void) {
  carried = params
  try {
    update()
  } finally {
    carried = null
  }
}

/** The current address's parameters, with any carried ones set. */
const baseParams = (win: Window) => {
  const params = new URLSearchParams(win.location.search)
  for (const [k, v] of Object.entries(carried ?? {})) params.set(k, v)
  return params
}

/**
 * Keeps the store and the URL in step: the URL is read once at start and on back/forward;
 * every later change to the store pushes a history entry, so back undoes a toggle.
 */
export function startUrlSync(win: Window = window): () => void {
  const fromUrl = () => {
    const { view, notices } = parseView(win.location.search)
    applying = true
    useViewStore.getState().replaceView(view)
    applying = false
    if (notices.length) useViewStore.getState().addNotices(notices)
  }
  let applying = false
  fromUrl()
  let last = serialiseView(pickView(useViewStore.getState()), new URLSearchParams(win.location.search))
  if (last !== win.location.search) win.history.replaceState(win.history.state, '', win.location.pathname + last + win.location.hash)

  const unsubscribe = useViewStore.subscribe((s) => {
    if (applying) return
    const next = serialiseView(pickView(s), baseParams(win))
    if (next === last) return
    last = next
    win.history.pushState(win.history.state, '', win.location.pathname + next + win.location.hash)
  })
  const onPop = () => {
    fromUrl()
    last = serialiseView(pickView(useViewStore.getState()), new URLSearchParams(win.location.search))
  }
  win.addEventListener('popstate', onPop)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPop)
  }
}
