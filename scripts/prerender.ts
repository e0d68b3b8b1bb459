import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The Study view's first screen, drawn ahead of time (issue 12, item 6): after the build, each built-in study's
 * /study/<id> is opened in Chromium at four widths and the drawn page is saved into dist/study/<id>.html (served
 * for /study/<id> by `vite preview` and by static hosts' clean URLs). The browser paints that page before any
 * script runs; src/app/snapshot.ts swaps it for the live app once the live app has drawn the same screen.
 *
 * Why a browser and not react-dom/server: recharts 3 draws nothing on the server (its marks appear only after
 * effects), so a server render would show empty charts. The capture is the app's own drawing.
 *
 * Skipped, with a line saying so, when Chromium is absent (the app works the same, its first paint is later).
 */
export function prerenderStudies(): Plugin {
  let outDir = 'dist'
  let skip = false
  return {
    name: 'resistance-explorer:prerender-studies',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      // The bench's one-chart baseline is built with its own root and no index of studies.
      skip = config.build.ssr !== false || process.env.PRERENDER === '0'
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (skip || !existsSync(join(outDir, 'api/studies.json'))) return
        if (!existsSync(CHROMIUM)) {
          this.warn(`no ${CHROMIUM}: the Study view's first screens are not drawn ahead (run scripts/ensure-chromium.sh)`)
          return
        }
        await captureAll(
          outDir,
          (m) => this.info(m),
          (m) => this.warn(m),
        )
      },
    },
  }
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The widths drawn ahead, one per layout band of the Study view's CSS (see SNAPSHOT_CSS). */
const SNAPSHOT_SIZES = [
  { band: 'phone', width: 390, height: 844 },
  { band: 'tablet', width: 1024, height: 768 },
  { band: 'laptop', width: 1440, height: 900 },
  { band: 'projector', width: 1920, height: 1080 },
] as const

/** The live first screen, the same test the bench and src/app/snapshot.ts use. */
const FIRST_SCREEN = '.story:has(.story__pw svg.pw-svg):has(.story__key .recharts-surface)'

async function captureAll(outDir: string, log: (m: string) => void, warn: (m: string) => void) {
  const { chromium } = await import('playwright-core')
  const { preview } = await import('vite')
  const ids = (JSON.parse(readFileSync(join(outDir, 'api/studies.json'), 'utf8')) as { id: string }[]).map((s) => s.id)
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8')
  const server = await preview({ configFile: false, build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '')
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    mkdirSync(join(outDir, 'study'), { recursive: true })
    for (const id of ids) {
      try {
        await captureStudy(id)
      } catch (e) {
        // The page is then the plain app shell: slower to paint, the same app. e2e/first-screen.spec.ts fails on it.
        warn(`/study/${id} was not drawn ahead: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
      }
    }
  } finally {
    await browser.close()
    await new Promise<void>((done) => server.httpServer.close(() => done()))
  }

  async function captureStudy(id: string) {
    const bands: string[] = []
    const styles = new Set<string>()
    let search = ''
    for (const size of SNAPSHOT_SIZES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, serviceWorkers: 'block', reducedMotion: 'reduce' })
      const page = await context.newPage()
      await page.goto(`${base}/study/${encodeURIComponent(id)}`)
      await page.waitForSelector(`#root ${FIRST_SCREEN}`)
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => document.fonts.ready)
      // Figures draw one per task after the key one (StepFigures, CanvasFirst): wait until none is still to come.
      await page.waitForFunction(() => !document.querySelector('#root .story__figures :is(.story__pending, .chart--waiting)'))
      search = new URL(page.url()).search
      // The views' stylesheets load with their code: the drawn page links them itself, or it paints unstyled.
      for (const href of await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
      ))
        styles.add(href)
      bands.push(`<div class="snapshot__band snapshot__band--${size.band}">${await page.evaluate(drawnMarkup, `snap-${size.band}-`)}</div>`)
      await context.close()
    }
    writeFileSync(join(outDir, 'study', `${id}.html`), withSnapshot(shell, bands.join(''), search, [...styles]))
    log(`prerendered /study/${id} (${SNAPSHOT_SIZES.map((s) => s.width).join(', ')} px)`)
  }
}

/**
 * Runs in the page: #root's markup as drawn, without what is not on screen (closed details, the steps drawn
 * ahead out of sight, what starts below the first screen and a half or the key figure), with ids prefixed per band so they never collide with the live app's or another band's
 * (a url(#id) resolving into a band that is not displayed draws nothing).
 */
function drawnMarkup(prefix: string): string {
  const root = document.getElementById('root')!
  // The key figure is kept wherever it is (on a phone it sits under the pathway, past the first screen).
  const keyEnd = root.querySelector('.story__key')?.getBoundingClientRect().bottom ?? 0
  const below = window.scrollY + Math.max(window.innerHeight * 1.5, keyEnd)
  const copy = root.cloneNode(true) as HTMLElement
  const live = [...root.querySelectorAll('*')]
  const copied = [...copy.querySelectorAll('*')]
  const gone = live.flatMap((el, i) => {
    const copy = copied[i]!
    // Form state lives in properties, which markup does not carry.
    if (el instanceof HTMLOptionElement) copy.toggleAttribute('selected', el.selected)
    if (el instanceof HTMLInputElement) {
      copy.toggleAttribute('checked', el.checked)
      copy.setAttribute('value', el.value)
    }
    // Inside an SVG, defs (markers, hatches, clip paths) are never "visible" but are needed; options likewise.
    if (el.closest('svg') || el.closest('select')) return []
    const style = getComputedStyle(el)
    const outOfSight = !el.checkVisibility() || (style.visibility === 'hidden' && (style.position === 'absolute' || style.position === 'fixed'))
    // What starts below the first screen and a half (or the key figure) is not drawn ahead: the live app has it before anyone
    // scrolls there, and the page's bytes (parsed before the first paint) stay small.
    return outOfSight || el.getBoundingClientRect().top > below ? [copy] : []
  })
  for (const el of gone) el.remove()
  // The neighbouring steps' figures and pathways, drawn ahead out of sight.
  for (const el of copy.querySelectorAll('.story__ahead, .story__pw-ahead')) el.remove()
  // A change mark is a passing note about a change the reader made; the opening screen has none.
  for (const el of copy.querySelectorAll('.change-mark__note')) el.remove()
  for (const el of copy.querySelectorAll('.change-mark--on')) el.classList.remove('change-mark--on')
  for (const el of copy.querySelectorAll('[id]')) el.id = `${prefix}${el.id}`
  for (const el of copy.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.value.includes('url(#')) el.setAttribute(attr.name, attr.value.replaceAll('url(#', `url(#${prefix}`))
      if (attr.name === 'href' && el.namespaceURI === 'http://www.w3.org/2000/svg' && attr.value.startsWith('#'))
        el.setAttribute('href', `#${prefix}${attr.value.slice(1)}`)
    }
  }
  return copy.innerHTML
}

/**
 * Between the drawn widths a band is scaled to its column (charts keep their drawn aspect until the live app,
 * which measures the real width, takes over). Which band shows at which width follows the Study view's breakpoints (study.css: 700 and 1280 px; the
 * projector sizes from 1600 px in styles.css). While #snapshot is in the page, the live app is laid out at full
 * width (so it measures its charts) but not shown.
 */
const SNAPSHOT_CSS = `
.snapshot-off #snapshot, #snapshot .snapshot__band { display: none }
@media (max-width: 700px) { #snapshot .snapshot__band--phone { display: block } }
@media (min-width: 701px) and (max-width: 1279px) { #snapshot .snapshot__band--tablet { display: block } }
@media (min-width: 1280px) and (max-width: 1599px) { #snapshot .snapshot__band--laptop { display: block } }
@media (min-width: 1600px) { #snapshot .snapshot__band--projector { display: block } }
#snapshot svg { max-width: 100%; height: auto }
#snapshot .recharts-wrapper { width: auto !important; height: auto !important; max-width: 100% }
#snapshot .recharts-wrapper > svg { width: 100% }
#snapshot { cursor: progress }
html:not(.snapshot-off) #snapshot + #root { position: absolute; inset: 0 0 auto; visibility: hidden }
`

/** index.html with the drawn first screen before #root, and the gate that hides it at any other address. */
function withSnapshot(shell: string, markup: string, search: string, styles: string[]): string {
  const links = styles
    .filter((href) => !shell.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}">\n    `)
    .join('')
  const head = `${links}<meta name="snapshot-search" content="${search.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" />\n    <script src="/snapshot-gate.js"></script>\n    <style>${SNAPSHOT_CSS}</style>\n  </head>`
  const body = `<div id="snapshot" aria-hidden="true" inert>${markup}</div><div id="root"></div>`
  if (!shell.includes('</head>') || !shell.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no </head> or empty #root')
  return shell.replace('</head>', head).replace('<div id="root"></div>', body)
}
