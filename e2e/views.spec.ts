import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch, watchErrors } from './browser'

const base = inject('baseUrl')
let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  errors = watchErrors(page)
})

const VIEWS = [
  ['/', /How cancers escape targeted drugs/],
  ['/compare', /Compare/],
  ['/pathway', /Pathways/],
  ['/present', /Present/],
] as const

describe('every view in Chromium at 390 px, light and dark', () => {
  for (const [path, heading] of VIEWS)
    for (const theme of ['light', 'dark'])
      it(`${path} (${theme}) renders its heading and passes axe`, async () => {
        await page.goto(`${base}${path}?theme=${theme}`)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
        // Nothing spills sideways on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
        expect(await axeViolations(page)).toEqual([])
        expect(errors).toEqual([])
      })

  it('Overview: a card opens its study; an unknown URL parameter shows a notice, not a blank page', async () => {
    await page.goto(`${base}/?nonsense=1`)
    expect(await page.getByRole('status').filter({ hasText: 'Ignored unknown URL parameter "nonsense"' }).count()).toBe(1)
    await page.getByRole('article', { name: /S6K1 amplification/ }).getByRole('link').click()
    await page.getByRole('figure', { name: /progression-free survival/i }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/study/mo2022')
  })

  it('serves a Content-Security-Policy header and the production build never loads MSW', async () => {
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    const res = await page.goto(`${base}/study/mo2022`)
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.getByRole('figure', { name: /progression-free survival/i }).waitFor()
    expect(requests.filter((u) => /mockServiceWorker|msw/i.test(u))).toEqual([])
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
  })
})
