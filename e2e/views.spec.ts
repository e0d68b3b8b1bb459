import { describe, expect, inject, it } from 'vitest'
import { axeViolations, browserSession, chartNamed } from './browser'

const base = inject('baseUrl')
const s = browserSession({ width: 390, height: 844 }, { serviceWorkers: 'allow' })

const VIEWS = [
  ['/', /How cancers escape targeted drugs/],
  ['/compare', /Compare/],
  ['/pathway', /Pathways/],
  ['/present', /Present/],
  ['/digitise', /Digitise a figure/],
] as const

describe('every view in Chromium at 390 px, light and dark', () => {
  for (const [path, heading] of VIEWS)
    for (const theme of ['light', 'dark'])
      it(`${path} (${theme}) renders its heading and passes axe`, async () => {
        await s.page.goto(`${base}${path}?theme=${theme}`)
        await s.page.getByRole('heading', { level: 1, name: heading }).waitFor()
        expect(await s.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
        // Nothing spills sideways on a phone.
        expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
        expect(await axeViolations(s.page)).toEqual([])
        expect(s.errors).toEqual([])
      })

  it('Overview: a card opens its study; an unknown URL parameter shows a notice, not a blank page', async () => {
    await s.page.goto(`${base}/?nonsense=1`)
    // The app draws after the page's load event (it waits for the Overview's code): wait for the notice, then count it.
    const notice = s.page.getByRole('status').filter({ hasText: 'Ignored unknown URL parameter "nonsense"' })
    await notice.first().waitFor()
    expect(await notice.count()).toBe(1)
    await s.page
      .getByRole('article', { name: /S6K1 amplification/ })
      .getByRole('link')
      .click()
    await chartNamed(s.page, 'Progression-free survival on palbociclib by S6K1 expression')
    expect(new URL(s.page.url()).pathname).toBe('/study/mo2022')
  })

  it('serves a Content-Security-Policy header and the production build never loads MSW', async () => {
    const requests: string[] = []
    s.page.on('request', (r) => requests.push(r.url()))
    const res = await s.page.goto(`${base}/study/mo2022`)
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'")
    await chartNamed(s.page, 'Progression-free survival on palbociclib by S6K1 expression')
    expect(requests.filter((u) => /mockServiceWorker|msw/i.test(u))).toEqual([])
    // The one service worker is the app's own offline worker (src/app/offline.ts), never MSW's.
    const sw = await s.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '')
    expect(new URL(sw).pathname).toBe('/sw.js')
  })
})
