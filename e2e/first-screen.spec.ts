import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, watchErrors } from './browser'

// The Study view's first screen drawn at build time (scripts/prerender.ts, src/app/snapshot.ts): it paints before
// any script runs, matches what the live app then draws, and gives way to the live app, or to an error, at once.
const base = inject('baseUrl')
let browser: Browser
let ids: string[] = []

beforeAll(async () => {
  browser = await launch()
  ids = ((await (await fetch(`${base}/api/studies.json`)).json()) as { id: string }[]).map((s) => s.id)
  expect(ids.length).toBeGreaterThan(0)
})
afterAll(() => browser?.close())

const open = async (viewport: { width: number; height: number }, javaScriptEnabled = true) => {
  const page = await browser.newPage({ viewport, javaScriptEnabled, serviceWorkers: 'block' })
  return { page, errors: watchErrors(page) }
}

/** Boxes of the step title, the pathway and the key figure's chart under `scope` (the snapshot or the live app). */
const firstScreen = (page: Page, scope: string) =>
  page.evaluate((scope) => {
    const box = (sel: string) => {
      const el = [...document.querySelectorAll(`${scope} ${sel}`)].find((e) => e.getClientRects().length > 0)
      const r = el?.getBoundingClientRect()
      return r ? { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) } : null
    }
    return { title: box('.story h2'), pathway: box('.story__pw svg.pw-svg'), key: box('.story__key .recharts-surface') }
  }, scope)

type Box = { x: number; y: number; width: number; height: number } | null
const inView = (b: Box, vw: number, vh: number) => !!b && b.width > 0 && b.height > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= vw && b.y + b.height <= vh
const near = (a: Box, b: Box) =>
  !!a && !!b && Math.abs(a.x - b.x) <= 2 && Math.abs(a.y - b.y) <= 2 && Math.abs(a.width - b.width) <= 2 && Math.abs(a.height - b.height) <= 2

describe('the Study view first screen, drawn ahead', () => {
  it('paints the step title, pathway and key figure of every study without any script, fully on screen at 1920×1080', async () => {
    const missing: string[] = []
    for (const id of ids) {
      const { page } = await open({ width: 1920, height: 1080 }, false)
      await page.goto(`${base}/study/${id}`)
      const shot = await firstScreen(page, '#snapshot')
      for (const [part, b] of Object.entries(shot)) if (!inView(b, 1920, 1080)) missing.push(`${id}: ${part} ${JSON.stringify(b)}`)
      // Nothing in it can be reached by keyboard or read twice by a screen reader.
      expect(await page.locator('#snapshot').getAttribute('aria-hidden')).toBe('true')
      expect(await page.locator('#snapshot').evaluate((el) => (el as HTMLElement).inert)).toBe(true)
      await page.close()
    }
    expect(missing).toEqual([])
  })

  it('draws what the live app then draws: same places for title, pathway and key figure at the drawn widths', async () => {
    const moved: string[] = []
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ])
      for (const id of ids) {
        const still = await open(viewport, false)
        await still.page.goto(`${base}/study/${id}`)
        const drawn = await firstScreen(still.page, '#snapshot')
        await still.page.close()
        const { page, errors } = await open(viewport)
        await page.goto(`${base}/study/${id}`)
        await page.locator('#snapshot').waitFor({ state: 'detached' })
        const live = await firstScreen(page, '#root')
        for (const part of ['title', 'pathway', 'key'] as const)
          if (!near(drawn[part], live[part]))
            moved.push(`${id} at ${viewport.width}: ${part} drawn ${JSON.stringify(drawn[part])}, live ${JSON.stringify(live[part])}`)
        expect(errors).toEqual([])
        await page.close()
      }
    expect(moved).toEqual([])
  })

  it('hands over to the live app: the snapshot and its ids leave, and the step buttons work', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 })
    await page.goto(`${base}/study/mo2022`)
    await page.locator('#snapshot').waitFor({ state: 'detached' })
    expect(await page.locator('[id^="snap-"]').count()).toBe(0)
    const title = page.getByRole('heading', { level: 2 }).first()
    const first = await title.innerText()
    await page.getByRole('button', { name: /next step/i }).click()
    await expect.poll(() => title.innerText()).not.toBe(first)
    expect(errors).toEqual([])
    await page.close()
  })

  it('is not shown at another address: a theme, another step or a figure link wait for the live app', async () => {
    // The app's own code is held back, so what shows is the page and its gate script alone.
    const shownAt = async (path: string) => {
      const { page } = await open({ width: 1920, height: 1080 })
      await page.route('**/assets/**/*.js', (route) => route.abort())
      await page.goto(`${base}${path}`)
      const shown = await page
        .locator('#snapshot .story')
        .first()
        .evaluate(() => document.querySelector('#snapshot')!.checkVisibility())
      await page.close()
      return shown
    }
    expect(await shownAt('/study/mo2022')).toBe(true)
    for (const path of ['/study/mo2022?theme=dark', '/study/mo2022?step=amplified-escapes', '/study/mo2022#fig-6e'])
      expect(await shownAt(path), path).toBe(false)
  })

  it('gives way to an error panel with Retry when the live app cannot load the study', async () => {
    const { page } = await open({ width: 1920, height: 1080 })
    await page.route('**/api/studies/mo2022/series.json', (route) => route.fulfill({ status: 500, body: 'down' }))
    await page.goto(`${base}/study/mo2022`)
    await page.getByRole('button', { name: /retry/i }).first().waitFor()
    expect(await page.locator('#snapshot').count()).toBe(0)
    await page.close()
  })
})
