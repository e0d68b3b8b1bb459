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

const state = (id: string) => page.locator(`[data-node="${id}"]`).getAttribute('data-state')

describe('pathway view in Chromium', () => {
  it('toggling drugs and the LR condition changes the overlay; axe clean; no console errors', async () => {
    await page.goto(`${base}/pathway/taniguchi2023`)
    const alk = page.getByRole('button', { name: 'ALK fusion, normal' })
    await alk.waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Lorlatinib', exact: true }).click()
    await page.getByRole('button', { name: 'ALK fusion, blocked' }).waitFor()
    expect(await state('pi3k')).toBe('dimmed')
    // The ALK → PI3K edge no longer carries signal.
    expect(await page.locator('[data-edge="alk-pi3k"]').getAttribute('class')).toContain('pw-edge--off')

    await page.getByRole('button', { name: 'Lorlatinib-resistant (LR)' }).click()
    await page.getByRole('button', { name: 'PI3K, active via bypass' }).waitFor()
    expect(await page.locator('[data-edge="her3-pi3k"]').getAttribute('class')).toContain('pw-edge--bypass')

    await page.getByRole('button', { name: /pan-HER inhibitor/ }).click()
    await page.getByRole('button', { name: 'HER3, blocked' }).waitFor()
    expect(await state('pi3k')).toBe('dimmed')
    expect(new URL(page.url()).search).toBe('?drugs=lorlatinib,pan-her-inhibitor&cond=lorlatinib-resistant')
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('Enter on a node opens its evidence; the link to the study keeps the toggles', async () => {
    await page.goto(`${base}/pathway/mo2022?drugs=palbociclib`)
    const s6k1 = page.getByRole('button', { name: /^S6K1,/ })
    await s6k1.focus()
    await page.keyboard.press('Enter')
    const panel = page.getByRole('complementary', { name: 'Evidence: S6K1' })
    await panel.waitFor()
    await panel.getByRole('link', { name: 'mo2022' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await panel.getByRole('link', { name: 'mo2022' }).click()
    await page.waitForURL(/\/study\/mo2022\?drugs=palbociclib$/)
    expect(errors).toEqual([])
  })

  it('the combined diagram lays out with dagre, draws shared nodes once, and passes axe', async () => {
    await page.goto(`${base}/pathway/combined`)
    await page.getByRole('button', { name: 'AKT, normal, in taniguchi2023, wu2023' }).waitFor()
    expect(await page.locator('[data-layout="auto"]').count()).toBe(1)
    expect(await page.locator('[data-node="sym-akt"]').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('exports the diagram as SVG and PNG files', async () => {
    await page.goto(`${base}/pathway/zhang2025?drugs=lapatinib&cond=persister`)
    await page.getByRole('button', { name: 'NRF2, active via bypass' }).waitFor()
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()])
    expect(svg.suggestedFilename()).toBe('pathway-zhang2025.svg')
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()])
    expect(png.suggestedFilename()).toBe('pathway-zhang2025.png')
    expect(errors).toEqual([])
  })
})
