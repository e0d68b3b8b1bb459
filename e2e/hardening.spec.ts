import { readFileSync } from 'node:fs'
import type { Page, Route } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { browserSession } from './browser'

// Faults injected into the production build's real requests (page.route), one issue-16 item per block.
const base = inject('baseUrl')
const s = browserSession()

type Fault = '500' | 'malformed' | 'invalid' | 'network'
const FAULTS: Fault[] = ['500', 'malformed', 'invalid', 'network']

/** Makes every request matching `glob` fail the named way; returns a function that lifts the fault. */
async function breakUrl(page: Page, glob: string, fault: Fault): Promise<() => Promise<void>> {
  const handler = (route: Route) => {
    if (fault === 'network') return route.abort('connectionrefused')
    if (fault === '500') return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"injected"}' })
    if (fault === 'malformed') return route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "x", ' })
    return route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": 42}]' })
  }
  await page.route(glob, handler)
  return () => page.unroute(glob, handler)
}

/** Serves the real document at `glob` after `edit` has changed it. */
async function editJson(page: Page, glob: string, edit: (json: unknown[]) => void) {
  await page.route(glob, async (route) => {
    const res = await route.fetch()
    const json = (await res.json()) as unknown[]
    edit(json)
    await route.fulfill({ response: res, body: JSON.stringify(json) })
  })
}

const alertWith = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text })
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

describe('1. a failed catalogue shows one banner with Retry, on every route', () => {
  const ROUTES = [
    ['/', /How cancers escape/],
    ['/study/mo2022', /S6K1/],
    ['/compare', 'Compare'],
    ['/pathway', 'Pathways'],
    ['/pathway/combined', 'Pathways'],
    ['/present', /Present a study/],
    ['/present/mo2022', /S6K1/],
  ] as const
  for (const [path, heading] of ROUTES)
    it(`${path}: banner, the view still draws, Retry recovers`, async () => {
      const lift = await breakUrl(s.page, '**/api/catalogue.json', '500')
      await s.page.goto(`${base}${path}`)
      const banner = alertWith(s.page, 'Drug names could not be loaded')
      await banner.waitFor()
      await h1(s.page, heading).first().waitFor()
      expect(await banner.count()).toBe(1)
      await lift()
      await banner.getByRole('button', { name: 'Retry' }).click()
      await banner.waitFor({ state: 'detached' })
    })

  for (const fault of FAULTS)
    it(`Overview with a ${fault} catalogue draws the matrix instead of waiting forever`, async () => {
      await breakUrl(s.page, '**/api/catalogue.json', fault)
      await s.page.goto(`${base}/`)
      await alertWith(s.page, 'Drug names could not be loaded').waitFor()
      await s.page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).first().waitFor()
      expect(await s.page.getByText(/Loading phenotype calls/).count()).toBe(0)
    })
})

describe('2. messages say what failed', () => {
  it('phenotypes.json failing says the calls could not be loaded, not "1 of 4 studies", and stops "Loading"', async () => {
    const lift = await breakUrl(s.page, '**/api/phenotypes.json', '500')
    await s.page.goto(`${base}/`)
    const alert = alertWith(s.page, 'The phenotype calls could not be loaded')
    await alert.waitFor()
    expect(await s.page.getByText(/1 of 4 studies|Loading phenotype calls/).count()).toBe(0)
    await lift()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await s.page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).first().waitFor()
  })

  it("Compare's study picker shows an error with Retry when studies.json fails", async () => {
    const lift = await breakUrl(s.page, '**/api/studies.json', '500')
    await s.page.goto(`${base}/compare`)
    const alert = alertWith(s.page, 'The study list could not be loaded')
    await alert.waitFor()
    await lift()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await s.page.getByRole('option', { name: /^mo2022/ }).waitFor({ state: 'attached' })
  })
})

describe('3. one bad entry is left out with a notice; the rest draws', () => {
  it('an invalid DOI in one study of studies.json drops that study only, everywhere', async () => {
    await editJson(s.page, '**/api/studies.json', (list) => {
      ;(list[1] as { citation: { doi: string } }).citation.doi = 'not-a-doi'
    })
    await s.page.goto(`${base}/`)
    const notice = s.page.getByRole('status').filter({ hasText: '1 invalid entry of studies.json left out' })
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(/entry 2 \(\w+\): studies\.json \[1\]: citation\.doi/)
    await s.page.getByRole('article').first().waitFor()
    expect(await s.page.getByRole('article').count()).toBe(3)
    await s.page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).first().waitFor()
    await s.page.getByRole('link', { name: 'Present', exact: true }).click()
    await s.page
      .getByRole('link', { name: /^Present \w+$/ })
      .first()
      .waitFor()
    expect(await s.page.getByRole('link', { name: /^Present \w+$/ }).count()).toBe(3)
  })

  it('an invalid agent in catalogue.json drops that agent only', async () => {
    await editJson(s.page, '**/api/catalogue.json', (list) => {
      ;(list[0] as { class: string }).class = 'no-such-class'
    })
    await s.page.goto(`${base}/`)
    await s.page.getByRole('status').filter({ hasText: '1 invalid entry of catalogue.json left out' }).waitFor()
    expect(await s.page.getByText('Drug names could not be loaded').count()).toBe(0)
  })

  it("one study's failing pathway leaves the combined diagram of the others, with Retry", async () => {
    const lift = await breakUrl(s.page, '**/api/studies/wu2023/pathway.json', '500')
    await s.page.goto(`${base}/pathway/combined`)
    const alert = alertWith(s.page, /1 of 4 studies \(wu2023\)/)
    await alert.waitFor()
    await s.page.locator('[data-layout="auto"]').waitFor()
    await lift()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await s.page.getByRole('button', { name: 'AKT, normal, in taniguchi2023, wu2023' }).waitFor()
  })
})

describe('4. an unknown study id gets "no such study" with links, not 404 panels', () => {
  for (const path of ['/study/nope', '/present/nope'])
    it(path, async () => {
      await s.page.goto(`${base}${path}`)
      await h1(s.page, 'No such study').waitFor()
      expect(await s.page.getByRole('link', { name: 'mo2022' }).count()).toBe(1)
      expect(await s.page.getByText(/HTTP 404/).count()).toBe(0)
      expect(await s.page.getByRole('button', { name: 'Retry' }).count()).toBe(0)
    })
})

describe('5. a view whose code failed to load recovers', () => {
  it('Retry re-imports the failed chunk', async () => {
    const lift = await breakUrl(s.page, '**/assets/StudyView-*.js', 'network')
    await s.page.goto(`${base}/study/mo2022`)
    const alert = alertWith(s.page, 'This view could not be drawn')
    await alert.waitFor()
    await lift()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await h1(s.page, /S6K1/).waitFor()
    expect(await alert.count()).toBe(0)
  })

  it("the charts' code: a figure's Retry fetches it again and the figure draws", async () => {
    const lift = await breakUrl(s.page, '**/assets/kind-charts-*.js', 'network')
    await s.page.goto(`${base}/study/mo2022`)
    const key = s.page.locator('#main .story__key')
    const alert = key.getByRole('alert').filter({ hasText: 'could not be drawn' })
    await alert.waitFor()
    await lift()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await key.locator('svg.recharts-surface').waitFor()
    expect(await alert.count()).toBe(0)
  })

  it('navigating away clears the error, and coming back loads the view', async () => {
    const lift = await breakUrl(s.page, '**/assets/CompareView-*.js', 'network')
    await s.page.goto(`${base}/compare`)
    await alertWith(s.page, 'This view could not be drawn').waitFor()
    await s.page.getByRole('link', { name: 'Pathways' }).click()
    await h1(s.page, 'Pathways').waitFor()
    expect(await s.page.getByText('This view could not be drawn').count()).toBe(0)
    await lift()
    await s.page.getByRole('link', { name: 'Compare' }).click()
    await h1(s.page, 'Compare').waitFor()
  })
})

describe('6. what a URL can trigger is bounded', () => {
  it('2,000 unknown parameters give one short notice', async () => {
    const junk = Array.from({ length: 2000 }, (_, i) => `p${i}=1`).join('&')
    await s.page.goto(`${base}/?${junk}`)
    const notice = s.page.getByRole('status').filter({ hasText: '2,000 unknown URL parameters ignored' })
    await notice.waitFor()
    expect(await notice.getByRole('listitem').count()).toBe(1)
    expect((await notice.boundingBox())!.height).toBeLessThan(200)
    // The app rewrites the address without them.
    expect(s.page.url()).toBe(`${base}/`)
  })

  it('a 100 KB address reaches the app (no bare 431), which trims it and says so', async () => {
    const junk = Array.from({ length: 9000 }, (_, i) => `unknown${i}=1`).join('&')
    expect(junk.length).toBeGreaterThan(100_000)
    const res = await s.page.goto(`${base}/study/mo2022?${junk}`)
    expect(res!.status()).toBe(200)
    await h1(s.page, /S6K1/).waitFor()
    await s.page.getByRole('status').filter({ hasText: '9,000 unknown URL parameters ignored' }).waitFor()
    // The address is rewritten to the study's own short state.
    await expect.poll(() => s.page.url()).not.toContain('unknown')
    expect(s.page.url().length).toBeLessThan(200)
  })

  it('1,500 unknown drug ids give one short notice and a short address', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `zz${i}`).join(',')
    await s.page.goto(`${base}/?drugs=palbociclib,${ids}`)
    const notice = s.page.getByRole('status').filter({ hasText: /unknown drug ids/ })
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(
      /Kept the first 60 of 1,501 drug ids[\s\S]*Ignored 59 unknown drug ids from the link: "zz0", "zz1", "zz2" and 56 more/,
    )
    expect((await notice.boundingBox())!.height).toBeLessThan(200)
    await s.page.waitForURL(`${base}/?drugs=palbociclib`)
  })

  it('1,000 made-up Compare keys fire no data requests and show at most a dozen rows', async () => {
    const requests: string[] = []
    s.page.on('request', (r) => {
      if (r.url().includes('/api/studies/')) requests.push(r.url())
    })
    // Well-formed keys of studies that do not exist ("zz0010"); malformed ones are dropped by the codec before this.
    const keys = Array.from({ length: 1000 }, (_, i) => `zz${String(i).padStart(4, '0')}:a:b`).join(',')
    await s.page.goto(`${base}/compare?cmp=mo2022:pfs-s6k1:high,${keys}`)
    await s.page.getByRole('status').filter({ hasText: 'Kept the first 12 of 1,001 comparisons' }).waitFor()
    const table = s.page.getByRole('region', { name: 'Selections being compared' })
    await table.getByRole('row', { name: /Not found: “zz0010:a:b”/ }).waitFor()
    await table.getByRole('row', { name: /^mo2022/ }).waitFor()
    expect(await table.getByRole('row').count()).toBe(13) // header + 12
    expect(await s.page.getByRole('alert').count()).toBe(0)
    expect(requests.every((u) => u.includes('/api/studies/mo2022/'))).toBe(true)
  })

  it('/study/%ZZ explains the bad address instead of a blank page', async () => {
    const res = await s.page.goto(`${base}/study/%ZZ`)
    expect(res?.status()).toBe(200)
    await h1(s.page, 'This address is not valid').waitFor()
    await s.page.getByRole('link', { name: 'Go to the overview' }).click()
    await h1(s.page, /How cancers escape/).waitFor()
  })
})

describe('11. headers and CSP', () => {
  it('no CSP violation on load (zod is jitless) on the Overview and a study', async () => {
    await s.page.addInitScript(() => {
      const w = window as unknown as { violations: string[] }
      w.violations = []
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    await s.page.goto(`${base}/`)
    await s.page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).first().waitFor()
    await s.page.getByRole('link', { name: 'Pathways' }).click()
    await s.page.locator('[data-node]').first().waitFor()
    expect(await s.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    expect(s.errors).toEqual([])
  })

  it('npm start sends the security headers public/_headers ships, and no blob: workers are allowed', async () => {
    const res = await s.page.goto(`${base}/study/mo2022`)
    const sent = res!.headers()
    const shipped = Object.fromEntries(
      readFileSync('public/_headers', 'utf8')
        .split('\n')
        .filter((l) => /^\s+\S+:/.test(l))
        .map((l) => {
          const [name, ...value] = l.trim().split(':')
          return [name!.toLowerCase(), value.join(':').trim()]
        }),
    )
    expect(Object.keys(shipped)).toEqual(
      expect.arrayContaining(['content-security-policy', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'x-content-type-options']),
    )
    for (const [name, value] of Object.entries(shipped)) expect(sent[name], name).toBe(value)
    expect(sent['content-security-policy']).toMatch(/worker-src 'self';/)
    const meta = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(meta).toMatch(/worker-src 'self';/)
  })
})

describe('13. the presenter timer survives a reload', () => {
  it('keeps the elapsed time in session storage', async () => {
    await s.page.goto(`${base}/present/mo2022?presenter=1`)
    const timer = s.page.getByRole('timer', { name: 'Elapsed time' })
    await s.page.waitForFunction(() => (document.querySelector('[role="timer"]')?.textContent ?? '00:00') >= '00:02')
    await s.page.reload()
    await timer.waitFor()
    expect(await timer.textContent()).toMatch(/^00:0[2-9]$/)
  })
})
