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

/** The current address's parameters, with `extra` (by default the carried ones) set. */
const baseParams = (win: Window, extra = carried) => {
  const params = new URLSearchParams(win.location.search)
  for (const [k, v] of Object.entries(extra ?? {})) params.set(k, v)
  return params
}

/**
 * A history entry decided but not yet written (see startUrlSync): its window, its query string, the query
 * string it was built on and the parameters it carries (to build it again if something else rewrote the address).
 */
let pending: { win: Window; search: string; base: string; carried: Readonly<Record<string, string>> | null } | null = null

/**
 * The query string the address has, or will have once the pending history entry is written: what readers of
 * URL-held state (the Study view's step) should see, so they never lag behind the store.
 */
export function currentSearch(win: Window = window): string {
  return pending?.win === win ? pending.search : win.location.search
}

/**
 * Runs `fn` after the next paint, behind the tasks other code queued for just after it (a task queued from a task
 * queued from the frame's callback), or soon when frames do not run. The write re-renders every component that reads
 * the address (each figure reads its options there), so it waits until what the paint set off has run.
 */
function afterPaint(win: Window, fn: () => void): () => void {
  let frame = 0
  let task: ReturnType<typeof setTimeout> | undefined
  // A hidden tab runs no frames: the fallback keeps the address from waiting for one.
  const fallback = setTimeout(fn, 100)
  const run = () => {
    clearTimeout(fallback)
    fn()
  }
  const later = () => (task = setTimeout(run, 0))
  if (typeof win.requestAnimationFrame === 'function') frame = win.requestAnimationFrame(() => (task = setTimeout(later, 0)))
  else task = setTimeout(run, 0)
  return () => {
    if (frame) win.cancelAnimationFrame(frame)
    clearTimeout(task)
    clearTimeout(fallback)
  }
}

/**
 * Keeps the store and the URL in step: the URL is read once at start and on back/forward;
 * every later change to the store pushes a history entry, so back undoes a toggle.
 *
 * The entry is written after the change's first paint, not in its click (pushState and the router's
 * history event cost about 5 ms at 4× CPU). It is written early, before anything else can read or write
 * history, when the store changes again or on any click or key press; two changes in one frame still give
 * two entries. Back or Forward before the write drops it: the address moved, and it is the truth.
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

  let cancel = () => {}
  const flush = () => {
    const p = pending
    if (p?.win !== win) return
    cancel()
    pending = null
    // Another writer changed the address meanwhile (a view's own parameter): keep its change.
    const search = win.location.search === p.base ? p.search : serialiseView(pickView(useViewStore.getState()), baseParams(win, p.carried))
    last = search
    win.history.pushState(win.history.state, '', win.location.pathname + search + win.location.hash)
  }
  const drop = () => {
    if (pending?.win !== win) return
    cancel()
    pending = null
  }

  const unsubscribe = useViewStore.subscribe((s) => {
    if (applying) return
    flush()
    const next = serialiseView(pickView(s), baseParams(win))
    if (next === last) return
    last = next
    pending = { win, search: next, base: win.location.search, carried }
    cancel = afterPaint(win, flush)
  })
  const onPop = () => {
    drop()
    fromUrl()
    last = serialiseView(pickView(useViewStore.getState()), new URLSearchParams(win.location.search))
  }
  win.addEventListener('popstate', onPop)
  // A click or key may lead anywhere (a link, a control writing its own parameter): the entry goes first.
  win.addEventListener('click', flush, true)
  win.addEventListener('keydown', flush, true)
  win.addEventListener('pagehide', flush)
  return () => {
    flush()
    unsubscribe()
    win.removeEventListener('popstate', onPop)
    win.removeEventListener('click', flush, true)
    win.removeEventListener('keydown', flush, true)
    win.removeEventListener('pagehide', flush)
  }
}
