/**
 * The Study view's first screen drawn ahead of time (scripts/prerender.ts puts it in #snapshot, before #root).
 * It stays until the live app has drawn the same screen (pathway, key figure, no figure still pending) and the
 * page has been quiet for a frame, then goes, so the swap shows no blank or half-drawn state. It goes at once
 * if the live app shows an error or another address, and after LIMIT_MS whatever happens.
 */
const FIRST_SCREEN = '.story:has(.story__pw svg.pw-svg):has(.story__key .recharts-surface)'
// A figure still to come: StepFigures' place-holder, or a chart waiting for its turn to draw (CanvasFirst).
const PENDING = '.story__figures .story__pending, .story__figures .chart--waiting'
const LIMIT_MS = 20_000

/** Watches the live app in `root` and removes #snapshot when the live app can take over; a no-op without one. */
export function handOverSnapshot(root: HTMLElement): void {
  const snapshot = document.getElementById('snapshot')
  if (!snapshot) return
  if (document.documentElement.classList.contains('snapshot-off')) return snapshot.remove()
  const drawnFor = window.location.pathname
  let lastChange = performance.now()
  let waiting = false
  const release = () => {
    observer.disconnect()
    clearTimeout(limit)
    snapshot.remove()
  }
  const drawn = () => !!root.querySelector(FIRST_SCREEN) && !root.querySelector(PENDING)
  // One frame after the live screen looked complete: release if nothing changed meanwhile, else look again.
  const settle = () => {
    const seen = lastChange
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!snapshot.isConnected) return
        if (lastChange === seen && drawn()) release()
        else if (drawn()) settle()
        else waiting = false
      }, 0),
    )
  }
  const observer = new MutationObserver(() => {
    lastChange = performance.now()
    if (window.location.pathname !== drawnFor || root.querySelector('[role="alert"]')) return release()
    if (!waiting && drawn()) {
      waiting = true
      settle()
    }
  })
  observer.observe(root, { childList: true, subtree: true, attributes: true })
  const limit = setTimeout(release, LIMIT_MS)
}
