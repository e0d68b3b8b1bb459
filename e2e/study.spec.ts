import { describe, expect, inject, it } from 'vitest'
import { axeViolations, browserSession, chartNamed, clearStudySelection } from './browser'

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
    expect(text).toContain('The medians imply HR 4 under an exponential model')
    const arms = await chart.getByRole('list', { name: 'Arms' }).textContent()
    expect(arms).toContain('S6K1 high (n = 11)')
    expect(arms).toContain('S6K1 low (n = 26, derived)')
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
    expect(await chart.getByRole('list', { name: 'Arms' }).textContent()).not.toContain('S6K1 low')
    await expect.poll(() => new URL(s.page.url()).search).toBe('?drugs=palbociclib&cond=s6k1-high')
    await s.page.reload()
    await chart.waitFor()
    await s.page.getByText('Customise drugs and conditions').click()
    expect(await s.page.getByRole('button', { name: /S6K1 high/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await chart.locator('.recharts-line-curve').count()).toBe(1)
    await s.page.goBack()
    await expect.poll(() => chart.locator('.recharts-line-curve').count()).toBe(2)
  })

  it('names the model of each derived curve on hover or focus, and offers the same data as a table', async () => {
    await s.page.goto(`${base}/study/mo2022`)
    await clearStudySelection(s.page)
    const chart = await chartNamed(s.page, 'Progression-free survival on palbociclib by S6K1 expression')
    const curve = s.page.getByLabel(/Curve: Exponential model S\(t\) = 2\^\(−t\/3.9\), from the reported median of 3.9 months \(Fig. 3B\)/)
    expect(await curve.getByText('derived').count()).toBeGreaterThan(0)
    expect(await chart.getByRole('list', { name: 'How values were obtained' }).textContent()).toMatch(/reported.*derived/)
    await chart.getByRole('button', { name: 'Show as table' }).click()
    const row = await chart.getByRole('row', { name: /S6K1 high/ }).textContent()
    expect(row).toContain('3.9')
    expect(row).toContain('reported (Fig. 3B)')
  })

  it('a shared link keeps the chart options and the open pathway node', async () => {
    await s.page.goto(`${base}/study/mo2022`)
    await clearStudySelection(s.page)
    const growth = await chartNamed(s.page, 'S6K1-amplified PDX: palbociclib alone and with an mTOR inhibitor')
    await growth.getByRole('group', { name: 'Volume axis' }).getByRole('button', { name: 'Log' }).click()
    const pfs = await chartNamed(s.page, 'Progression-free survival on palbociclib by S6K1 expression')
    await pfs.getByRole('button', { name: 'Show as table' }).click()
    await expect.poll(() => new URL(s.page.url()).searchParams.get('fig')).toBe('pdx-growth:log,pfs-s6k1:table')
    await s.page.locator('[data-node="mtor"] [role="button"]').first().click()
    await expect.poll(() => new URL(s.page.url()).searchParams.get('pw')).toBe('mtor')
    await s.page.reload()
    const again = await chartNamed(s.page, 'Progression-free survival on palbociclib by S6K1 expression')
    expect(await again.getByRole('button', { name: 'Show as chart' }).getAttribute('aria-pressed')).toBe('true')
    const growthAgain = await chartNamed(s.page, 'S6K1-amplified PDX: palbociclib alone and with an mTOR inhibitor')
    expect(await growthAgain.getByRole('group', { name: 'Volume axis' }).getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true')
    await s.page.getByRole('button', { name: 'Close' }).first().waitFor()
    expect(s.errors).toEqual([])
  })

  it('lists every evidence row with its provenance and source, and the caveat on the two HRs', async () => {
    await s.page.goto(`${base}/study/mo2022#evidence`)
    await s.page.getByText('Caveats (', { exact: false }).click()
    const table = s.page.getByRole('region', { name: 'Evidence table, scrollable' })
    const hr = table.getByRole('row', { name: /hazard ratio for PFS/ })
    await hr.waitFor()
    expect(await hr.textContent()).toContain('3.0, 95% CI 1.0 to 8.8, P = 0.0072')
    expect(await hr.getByText('reported', { exact: true }).count()).toBeGreaterThan(0)
    expect(await table.getByRole('row', { name: /implied by the two medians/ }).textContent()).toContain('derived')
    expect(await s.page.getByText(/Median ratio implies HR ≈ 4.0; the paper reports 3.0/).count()).toBeGreaterThan(0)
  })

  // The same broken bodies the dev server's ?fault= injects (src/mocks/faults.ts).
  for (const [name, fulfil, message] of [
    ['HTTP 500', { status: 500, body: '{"error":"boom"}' }, /Chart data: the server answered with an error/i],
    ['malformed JSON', { status: 200, body: '[{"id": ', contentType: 'application/json' }, /Chart data: the data is not valid JSON/i],
    [
      'schema-invalid data',
      {
        status: 200,
        body: JSON.stringify([
          {
            id: 'broken',
            kind: 'survival',
            title: 'No arms',
            source: { study: 'mo2022', locator: 'Fig. 3B' },
            endpoint: 'PFS',
            timeUnit: 'months',
            arms: [{ id: 'a', label: 'A', median: { value: 3.9, unit: 'months' } }],
          },
        ]),
        contentType: 'application/json',
      },
      /Chart data: the data does not match the expected format[\s\S]*\[0\]\.arms\[0\]\.median\.provenance/i,
    ],
  ] as const) {
    it(`a ${name} on the chart data says what failed, with Retry; the rest of the page works`, async () => {
      let fail = true
      await s.page.route('**/api/studies/mo2022/series.json', (route) => (fail ? route.fulfill(fulfil) : route.continue()))
      await s.page.goto(`${base}/study/mo2022`)
      // The step's figures and the figure groups both draw from the series; each says what failed.
      const alert = s.page.getByRole('alert').filter({ hasText: 'Chart data:' })
      await alert.waitFor()
      const said = (await alert.textContent()) ?? ''
      expect(said).toMatch(message)
      expect(said).toContain('series.json')
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
