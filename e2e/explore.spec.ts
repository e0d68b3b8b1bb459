import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { studyIds } from '../scripts/mock-files'
import { axeViolations, clearStudySelection, launch, watchErrors } from './browser'

const base = inject('baseUrl')
let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  browser = await launch()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  errors = watchErrors(page)
})
afterAll(async () => {
  await browser.close()
})

const LORLATINIB = /Lorlatinib response of H3122 and H3122LR/
/** The drawn curves of the H3122 lorlatinib chart (generated ids left out): changes when the chart redraws differently. */
const curves = (p: Page) =>
  p
    .getByRole('figure', { name: LORLATINIB })
    .locator('.recharts-line-curve, .recharts-dot, .recharts-reference-dot')
    .evaluateAll((els) =>
      els
        .map((e) => `${e.getAttribute('d') ?? ''}${e.getAttribute('cx') ?? ''}${e.getAttribute('stroke-width') ?? ''}${e.getAttribute('stroke-opacity') ?? ''}`)
        .join('|'),
    )

// One journal-club session, step by step in one page: each step starts where the previous one left off.
describe('journal-club flow: Overview → evidence → study → toggle → link → Compare', () => {
  it('Overview shows the cards and the matrix with letters as well as colours, and passes axe', async () => {
    await page.goto(`${base}/`)
    await page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).waitFor()
    expect(await page.getByRole('article').count()).toBe(studyIds().length)
    const legend = await page.getByRole('list', { name: 'Key to the matrix' }).innerText()
    expect(legend).toMatch(/RS\s*re-sensitised/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('search narrows to a model; a re-sensitised cell opens its evidence', async () => {
    await page.getByRole('searchbox', { name: /Search agents, targets, models, nodes, claims/ }).fill('H3122LR')
    const cell = page.getByRole('button', { name: /^H3122LR.*with Lorlatinib \+ pan-HER.*: RS, re-sensitised/ })
    await cell.waitFor()
    expect(await cell.innerText()).toBe('RS')
    // Only H3122LR rows remain: every row header names it (the study's group heading aside).
    const headers = (await page.getByRole('table').getByRole('rowheader').allTextContents()).filter((h) => !/^[a-z]+\d{4} /.test(h))
    expect(headers.length).toBeGreaterThan(0)
    for (const header of headers) expect(header).toContain('H3122LR')
    await cell.click()
    const evidence = page.getByRole('region', { name: /^Evidence: H3122LR/ })
    await evidence.waitFor()
    expect(await evidence.innerText()).toMatch(/re-sensitised in taniguchi2023/)
    expect(await axeViolations(page)).toEqual([])
    // Keep this group for later: it goes into the URL's comparison.
    await evidence
      .getByRole('button', { name: /^Add to compare: Lorlatinib response of H3122/ })
      .first()
      .click()
    // The address follows the store a frame later (the history entry is written after the paint).
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toMatch(/^taniguchi2023:lorlatinib-h3122:/)
  })

  it('jumps to the study keeping the query string; toggling the combination redraws the charts', async () => {
    const cmp = new URL(page.url()).searchParams.get('cmp')
    await page.getByRole('link', { name: 'Open the taniguchi2023 study' }).click()
    await page.waitForURL(/\/study\/taniguchi2023/)
    expect(new URL(page.url()).searchParams.get('cmp')).toBe(cmp)
    await page.getByRole('figure', { name: LORLATINIB }).locator('svg.recharts-surface').waitFor()
    // The story opens on its first step; clear that selection to choose by hand.
    await clearStudySelection(page)
    const before = await curves(page)
    // The combination: lorlatinib plus the pan-HER inhibitor. Groups needing anything else (siHER3) drop out.
    const panHer = page.getByRole('button', { name: /pan-HER inhibitor/ })
    await panHer.click()
    await page.getByRole('button', { name: 'Lorlatinib', exact: true }).click()
    expect(await panHer.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => new URL(page.url()).searchParams.get('drugs')).toBe('pan-her-inhibitor,lorlatinib')
    await page.getByRole('figure', { name: LORLATINIB }).locator('svg.recharts-surface').waitFor()
    await expect.poll(() => curves(page)).not.toBe(before)
    expect(await curves(page)).not.toBe('')
    // Untested agents are listed, switched off, with the reason.
    await page.getByText(/^Not tested in taniguchi2023/).click()
    const palbo = page.getByRole('button', { name: 'Palbociclib' })
    expect(await palbo.isDisabled()).toBe(true)
    expect(await palbo.getAttribute('title')).toBe('Not tested in taniguchi2023')
    expect(await axeViolations(page)).toEqual([])
  })

  it('the copied link reproduces the same view after a reload', async () => {
    const url = page.url()
    const after = await curves(page)
    await page.reload()
    await page.getByRole('figure', { name: LORLATINIB }).scrollIntoViewIfNeeded()
    await page.getByRole('figure', { name: LORLATINIB }).locator('svg.recharts-surface').waitFor()
    expect(page.url()).toBe(url)
    await page.getByText('Customise drugs and conditions').click()
    expect(await page.getByRole('button', { name: /pan-HER inhibitor/ }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => curves(page)).toBe(after)
  })

  it('Compare adds another study’s model next to it, on shared axes with provenance shown', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click()
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor()
    const form = page.getByRole('form', { name: 'Add a selection to compare' })
    await form.getByLabel('Study').selectOption('mo2022')
    const experiment = form.getByLabel('Experiment')
    await expect.poll(() => experiment.locator('option').count()).toBeGreaterThan(1)
    const doseOption = await experiment.locator('option', { hasText: 'dose-response' }).first().getAttribute('value')
    await experiment.selectOption(doseOption!)
    const group = form.getByLabel('Model, condition and agents')
    await group.selectOption({ index: 1 })
    await form.getByRole('button', { name: 'Add to compare' }).click()
    const table = page.getByRole('region', { name: 'Selections being compared' })
    await expect.poll(() => table.getByRole('row').count()).toBe(3) // header + 2 selections
    expect(await table.innerText()).toMatch(/taniguchi2023[\s\S]*mo2022/)
    expect(await table.getByText(/reported|derived|illustrative/).count()).toBeGreaterThan(0)
    const cmp = new URL(page.url()).searchParams.get('cmp')!.split(',')
    expect(cmp).toHaveLength(2)
    expect(cmp[1]).toMatch(/^mo2022:/)
    // Both selections sit in one dose-response figure on a µM log axis.
    await page.getByText('Doses converted to µM and drawn on a log axis.').scrollIntoViewIfNeeded()
    await page.locator('.cmp-panel figure svg.recharts-surface').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })
})
