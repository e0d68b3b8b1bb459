import { describe, expect, inject, it } from 'vitest'
import { axeViolations, browserSession } from './browser'

const base = inject('baseUrl')
const s = browserSession()

describe('mo2022 study view in Chromium', () => {
  it('draws the PFS chart with the reported medians and HR, passes axe, and has no console errors', async () => {
    await s.page.goto(`${base}/study/mo2022#fig-3b`)
    const chart = s.page.getByRole('figure', { name: /progression-free survival on palbociclib/i })
    await chart.waitFor()
    expect(await chart.locator('svg.recharts-surface').count()).toBe(1)
    const text = await chart.innerText()
    expect(text).toContain('median 3.9 months')
    expect(text).toContain('median 15.6 months')
    expect(text).toContain('HR 3.0 (95% CI 1.0 to 8.8), P = 0.0072')
    // Two derived curves are drawn dashed; the reported medians as their own dots.
    expect(await chart.locator('.recharts-line-curve[stroke-dasharray="9 6"]').count()).toBe(2)
    expect(await chart.locator('.recharts-reference-dot').count()).toBe(2)
    expect(await axeViolations(s.page)).toEqual([])
    expect(s.errors).toEqual([])
  })

  it('a condition toggle redraws the chart, goes into the URL, and survives reload and back', async () => {
    // A link with its own toggles keeps them; the toggles sit under Customise.
    await s.page.goto(`${base}/study/mo2022?drugs=palbociclib#fig-3b`)
    const chart = s.page.getByRole('figure', { name: /progression-free survival on palbociclib by S6K1/i })
    await chart.waitFor()
    await s.page.getByText('Customise drugs and conditions').click()
    await s.page.getByRole('button', { name: /S6K1 high/ }).click()
    await expect.poll(() => chart.locator('.recharts-line-curve').count()).toBe(1)
    expect(new URL(s.page.url()).search).toBe('?drugs=palbociclib&cond=s6k1-high')
    await s.page.reload()
    await chart.waitFor()
    await s.page.getByText('Customise drugs and conditions').click()
    expect(await s.page.getByRole('button', { name: /S6K1 high/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await chart.locator('.recharts-line-curve').count()).toBe(1)
    await s.page.goBack()
    await expect.poll(() => chart.locator('.recharts-line-curve').count()).toBe(2)
  })

  for (const [name, fulfil] of [
    ['HTTP 500', { status: 500, body: '{"error":"boom"}' }],
    ['malformed JSON', { status: 200, body: '[{"id": ', contentType: 'application/json' }],
    ['schema-invalid data', { status: 200, body: '[{"id":"x","kind":"survival"}]', contentType: 'application/json' }],
  ] as const) {
    it(`a ${name} on the chart data shows an error with Retry; the rest of the page works`, async () => {
      let fail = true
      await s.page.route('**/api/studies/mo2022/series.json', (route) => (fail ? route.fulfill(fulfil) : route.continue()))
      await s.page.goto(`${base}/study/mo2022`)
      // The step's figures and the figure groups both draw from the series; each says what failed.
      const alert = s.page.getByRole('alert').filter({ hasText: 'Chart data:' })
      await alert.waitFor()
      expect(await alert.innerText()).toMatch(/Chart data:/)
      expect(await s.page.getByRole('heading', { level: 1 }).innerText()).toMatch(/S6K1 amplification/)
      await s.page.locator('#evidence > summary').click()
      expect(await s.page.getByRole('region', { name: 'Evidence table, scrollable' }).isVisible()).toBe(true)
      expect(await axeViolations(s.page)).toEqual([])
      fail = false
      await alert.getByRole('button', { name: 'Retry' }).click()
      await s.page.locator('.story__key figure.chart').waitFor()
      expect(await s.page.getByRole('alert').count()).toBe(0)
    })
  }
})
