import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch } from './browser'
import type { Browser } from 'playwright-core'

// Issue 16, item 12: the lecture-hall case. This spec serves the build itself, so it can stop the server.
const outDir = process.env.E2E_DIST ?? 'dist'
let server: PreviewServer | null
let browser: Browser

beforeAll(async () => {
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' })
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const ROUTES = [
  ['/', /How cancers escape/],
  ['/study/mo2022', /S6K1/],
  ['/compare?cmp=mo2022:pfs-s6k1:high', 'Compare'],
  ['/pathway', 'Pathways'],
  ['/pathway/combined', 'Pathways'],
  ['/pathway/zhang2025', /zhang2025|NRF2|Pathways/],
  ['/present', /Present a study/],
  ['/present/taniguchi2023', /HER3|NRG1|lorlatinib/i],
] as const

describe('offline in the lecture hall', () => {
  it('after one visit, every route reloads and draws with the server stopped', async () => {
    const base = server!.resolvedUrls!.local[0]!.replace(/\/$/, '')
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${base}/`)
    await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    // Before the audience the banner steps aside: it is there, but not shown on a slide.
    await page.goto(`${base}/present/mo2022`)
    await page
      .locator('.present__count')
      .getByText(/^Slide 1 of/)
      .waitFor()
    await page.locator('.offline-banner').waitFor({ state: 'attached' })
    expect(await page.locator('.offline-banner').isVisible()).toBe(false)
    // Dismissed once, it stays dismissed on the next visit.
    await page.goto(`${base}/`)
    const banner = page.getByRole('status').filter({ hasText: 'Available offline' })
    await banner.getByRole('button', { name: 'Dismiss' }).click()
    expect(await page.evaluate(() => localStorage.getItem('resistance-explorer:offline-banner-dismissed'))).toBe('1')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: /How cancers escape/ }).waitFor()
    // The app reads the registration too; two frames later it has said whether it would show the banner.
    await page.evaluate(() => navigator.serviceWorker.getRegistration())
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    expect(await banner.count()).toBe(0)
    await server!.close()
    server = null
    // The server is gone: nothing answers but the service worker.
    expect(
      await fetch(`${base}/`).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down')
    for (const [path, heading] of ROUTES) {
      await page.goto(`${base}${path}`)
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor({ state: 'attached' })
      expect(await page.getByRole('alert').count(), path).toBe(0)
    }
    await page.goto(`${base}/study/mo2022`)
    await page.getByRole('figure').first().waitFor()
    await page.goto(`${base}/pathway/mo2022`)
    await page.locator('[data-node]').first().waitFor()
    expect(errors).toEqual([])
  })
})

describe('a new build deployed', () => {
  it('is offered with an Update button, which switches to it', async () => {
    // A copy of the build, so "deploying" (changing sw.js) leaves the shared build alone.
    const dir = mkdtempSync(join(tmpdir(), 'offline-'))
    cpSync(outDir, dir, { recursive: true })
    const own = await preview({ build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' })
    try {
      const base = own.resolvedUrls!.local[0]!.replace(/\/$/, '')
      const page = await browser.newPage()
      await page.goto(`${base}/`)
      await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor()
      appendFileSync(join(dir, 'sw.js'), '\n// build 2\n')
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
      const banner = page.getByRole('status').filter({ hasText: 'A new version of Resistance Explorer is available' })
      await banner.waitFor()
      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Update' }).click()])
      await page.getByRole('heading', { level: 1, name: /How cancers escape/ }).waitFor()
      expect(await banner.count()).toBe(0)
    } finally {
      await own.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
