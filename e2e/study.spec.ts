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
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  errors = watchErrors(page)
})

describe('mo2022 study view in Chromium', () => {
  it('draws the PFS chart with the reported medians and HR, passes axe, and has no console errors', async () => {
    await page.goto(`${base}/study/mo2022`)
    const chart = page.getByRole('figure', { name: /progression-free survival on palbociclib/i })
    await chart.waitFor()
    expect(await chart.locator('svg.recharts-surface').count()).toBe(1)
    const text = await chart.innerText()
    expect(text).toContain('median 3.9 months')
    expect(text).toContain('median 15.6 months')
    expect(text).toContain('HR 3.0 (95% CI 1.0 to 8.8), P = 0.0072')
    // Two derived curves are drawn dashed; the reported medians as their own dots.
    expect(await chart.locator('.recharts-line-curve[stroke-dasharray="9 6"]').count()).toBe(2)
    expect(await chart.locator('.recharts-reference-dot').count()).toBe(2)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('a condition toggle redraws the chart, goes into the URL, and survives reload and back', async () => {
    await page.goto(`${base}/study/mo2022`)
    const chart = page.getByRole('figure', { name: /progression-free survival on palbociclib by S6K1/i })
    await chart.waitFor()
    await page.getByRole('button', { name: /S6K1 high/ }).click()
    await expect.poll(() => chart.locator('.recharts-line-curve').count()).toBe(1)
    expect(new URL(page.url()).search).toBe('?cond=s6k1-high')
    await page.reload()
    await chart.waitFor()
    expect(await page.getByRole('button', { name: /S6K1 high/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await chart.locator('.recharts-line-curve').count()).toBe(1)
    await page.goBack()
    await expect.poll(() => chart.locator('.recharts-line-curve').count()).toBe(2)
  })

  for (const [name, fulfil] of [
    ['HTTP 500', { status: 500, body: '{"error":"boom"}' }],
    ['malformed JSON', { status: 200, body: '[{"id": ', contentType: 'application/json' }],
    ['schema-invalid data', { status: 200, body: '[{"id":"x","kind":"survival"}]', contentType: 'application/json' }],
  ] as const) {
    it(`a ${name} on the chart data shows an error with Retry; the rest of the page works`, async () => {
      let fail = true
      await page.route('**/api/studies/mo2022/series.json', (route) => (fail ? route.fulfill(fulfil) : route.continue()))
      await page.goto(`${base}/study/mo2022`)
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.innerText()).toMatch(/Chart data:/)
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/S6K1 amplification/)
      expect(await page.getByRole('region', { name: 'Evidence table, scrollable' }).isVisible()).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      fail = false
      await alert.getByRole('button', { name: 'Retry' }).click()
      await page.getByRole('figure', { name: /progression-free survival on palbociclib by S6K1/i }).waitFor()
      expect(await page.getByRole('alert').count()).toBe(0)
    })
  }
})
