// Injected into every bench page before the app runs (as a CDP init script, so the CSP does not apply).
// Everything is timed with performance.now() in the page; "paint" means the frame after the work was drawn:
// requestAnimationFrame runs just before a frame, a task queued from it runs after that frame's paint.
;(() => {
  const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  // An element matching `selector` that the browser renders (not display:none, not visibility:hidden).
  const shown = (selector) => [...document.querySelectorAll(selector)].some((el) => el.checkVisibility({ visibilityProperty: true }))
  // Time from navigation start until `selector` is shown and has been painted.
  window.__paintedAt = (selector) =>
    new Promise((resolve) => {
      // Polled every 2 ms rather than observed: the init script can run before <html> exists.
      const poll = () => (shown(selector) ? afterPaint().then(() => resolve(performance.now())) : setTimeout(poll, 2))
      poll()
      // Give up after 90 s (reported as "did not finish") rather than hang the bench.
      setTimeout(() => resolve(NaN), 90000)
    })
  // Runs `act` (a click, a change) and reports: ms to the next paint, and ms until the DOM stopped changing
  // for 3 frames (work a panel defers past the first paint shows up here), and how many nodes changed.
  window.__interact = async (act) => {
    let last = 0
    let changes = 0
    const mo = new MutationObserver((records) => {
      last = performance.now()
      changes += records.length
    })
    mo.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true })
    const t0 = performance.now()
    act()
    await afterPaint()
    const paint = performance.now() - t0
    let quiet = 0
    let settledAt = performance.now()
    const deadline = t0 + 10000
    while (quiet < 3 && performance.now() < deadline) {
      const before = changes
      await afterPaint()
      if (changes === before) quiet++
      else {
        quiet = 0
        settledAt = performance.now()
      }
    }
    mo.disconnect()
    return { paint, settled: Math.max(paint, settledAt - t0), changes, lastChange: last ? last - t0 : 0 }
  }
  window.__click = (selector) => window.__interact(() => document.querySelector(selector).click())
  window.__select = (selector, value) =>
    window.__interact(() => {
      const el = document.querySelector(selector)
      el.value = value
      el.dispatchEvent(new Event('change', { bubbles: true }))
    })
  window.__type = (selector, value) =>
    window.__interact(() => {
      const el = document.querySelector(selector)
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, value)
      el.dispatchEvent(new Event('input', { bubbles: true }))
    })
})()
;(() => {
  // A toggle button by its visible label (ignoring the ●/○ mark and a shortcut hint).
  window.__toggleByName = (name) => {
    const b = [...document.querySelectorAll('button[aria-pressed]')].find(
      (x) =>
        !x.disabled &&
        x.textContent
          .replace(/[●○]/g, '')
          .trim()
          .replace(/\s*[A-Z]$/, '') === name,
    )
    if (!b) throw new Error(`no enabled toggle named ${name}`)
    return window.__interact(() => b.click())
  }
})()
