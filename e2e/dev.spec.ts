import type { Browser } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, watchErrors } from './browser'

let server: ViteDevServer
let browser: Browser
let base: string

beforeAll(async () => {
  server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
  await server.listen()
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '')
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('npm run dev: MSW browser worker serves mock-data', () => {
  it('loads a lazily routed study and draws its chart from MSW', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${base}/study/mo2022#fig-3b`)
    await page.getByRole('figure', { name: /progression-free survival on palbociclib/i }).waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/mockServiceWorker\.js$/)
    expect(errors.filter((e) => !/React DevTools/.test(e))).toEqual([])
  })

  it('injects a fault named in the URL, shown in its panel with Retry', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/?fault=500:/api/studies.json`)
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.innerText()).toMatch(/Study list: the server answered with an error/)
    expect(await alert.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true)
  })
})
