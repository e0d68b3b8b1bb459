import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/** Launch flags for Debian's Chromium in a closed network (see README). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Real headless Chromium from /usr/bin/chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core (WCAG 2 A/AA) on the page and returns readable violations; [] when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the app's CSP (script-src 'self') stays on during the scan.
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
}

/** Collects console errors and failed page scripts, so a spec can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  return errors
}

/**
 * One browser per spec file and a fresh page (with its error log) per test. The offline service worker is
 * blocked unless asked for: once it controls a page, requests no longer pass page.route, where faults are injected.
 */
export function browserSession(viewport = { width: 1280, height: 900 }, options: { acceptDownloads?: boolean; serviceWorkers?: 'allow' | 'block' } = {}) {
  const s = {} as { browser: Browser; page: Page; errors: string[] }
  beforeAll(async () => {
    s.browser = await launch()
  })
  afterAll(async () => {
    await s.browser?.close()
  })
  beforeEach(async () => {
    s.page = await s.browser.newPage({ viewport, serviceWorkers: 'block', ...options })
    s.errors = watchErrors(s.page)
  })
  return s
}

/** Opens every figure group of the Study view (they are collapsed, and draw nothing, until opened). */
export async function openFigureGroups(page: Page) {
  // In #main, the live app: a study's first screen drawn ahead (#snapshot) has the same groups, inert.
  await page.locator('#main details.fig-group').first().waitFor()
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('#main details.fig-group:not([open])').forEach((d) => (d.open = true)))
}

/** Clears the drugs and conditions the Study view's opening step set, so every group of every figure shows. */
export async function clearStudySelection(page: Page) {
  await page.locator('#main').getByText('Customise drugs and conditions').click()
  await page.getByRole('button', { name: /^Clear all drugs and conditions/ }).click()
}

/** A chart by its title, scrolled into view: on a Study view the figure groups are opened first (the story may show it too; the first is taken). */
export async function chartNamed(page: Page, title: string) {
  if (new URL(page.url()).pathname.startsWith('/study/')) await openFigureGroups(page)
  const fig = page.getByRole('figure', { name: title, exact: true }).first()
  await fig.waitFor()
  await fig.scrollIntoViewIfNeeded()
  return fig
}
