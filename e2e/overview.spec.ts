import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, launch, watchErrors } from './browser'

const base = inject('baseUrl')
const DATA = join(__dirname, '../mock-data')

// Expected answers come from the curated data, never from a list typed here.
interface Meta {
  id: string
  models: { id: string; name: string }[]
}
interface Call {
  model: string
  agents: string[]
  call: string
}
const studies = readdirSync(DATA, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'agents' && d.name !== 'schema')
  .map((d) => ({
    meta: JSON.parse(readFileSync(join(DATA, d.name, 'study.json'), 'utf8')) as Meta,
    calls: JSON.parse(readFileSync(join(DATA, d.name, 'phenotypes.json'), 'utf8')) as Call[],
  }))
const palbo = studies
  .map((s) => ({ id: s.meta.id, calls: s.calls.filter((c) => c.agents.includes('palbociclib')), models: s.meta.models }))
  .filter((s) => s.calls.length)
  .map((s) => ({
    id: s.id,
    models: [...new Set(s.calls.map((c) => c.model))].map((m) => s.models.find((x) => x.id === m)!.name),
    restored: s.calls.some((c) => c.call === 'resensitised'),
  }))

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** A page in its own context; phones get touch and a mobile viewport. */
async function open(size: { width: number; height: number }, path: string, touch = false): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: size, hasTouch: touch, isMobile: touch })
  const page = await ctx.newPage()
  const errors = watchErrors(page)
  await page.goto(`${base}${path}`)
  return { ctx, page, errors }
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/**
 * Every visible control outside the matrix's own scroller (whose cells are checked by tapping one) is the element
 * found at its centre once scrolled into view: nothing covers it, so a tap reaches it; and buttons, menus and inputs
 * are at least 24 px. Returns the ones that fail.
 */
const coveredControls = (page: Page) =>
  page.evaluate(async () => {
    const bad: string[] = []
    const els = [...document.querySelectorAll<HTMLElement>('main button, main a[href], main select, main input')].filter(
      (e) => !e.closest('.pm-scroll') && e.getClientRects().length,
    )
    for (const el of els) {
      el.scrollIntoView({ block: 'center', inline: 'center' })
      await new Promise((r) => requestAnimationFrame(() => r(null)))
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      const owner = el.tagName === 'INPUT' && el.closest('label') ? el.closest('label') : null
      if (!hit || !(el.contains(hit) || hit.contains(el) || (owner && owner.contains(hit))))
        bad.push(`${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`)
      // WCAG 2.5.8: 24 px targets, links inside a sentence excepted.
      if (el.tagName !== 'A' && (r.width < 24 || r.height < 24))
        bad.push(`${el.tagName} "${(el.textContent || '').trim().slice(0, 40)}" is ${Math.round(r.width)}×${Math.round(r.height)} px`)
    }
    return bad
  })

describe('Overview question first at 1280×800', () => {
  it('palbociclib: every study and model where it was tested, mo2022’s and wu2023’s restorations on the first screen', async () => {
    const { ctx, page, errors } = await open({ width: 1280, height: 800 }, '/')
    await page.getByRole('list', { name: 'Common questions' }).getByRole('button', { name: 'Palbociclib' }).click()
    const answer = page.getByRole('region', { name: /^Palbociclib: tested in/ })
    await answer.waitFor()
    expect(new URL(page.url()).searchParams.get('drug')).toBe('palbociclib')
    expect(palbo.length).toBeGreaterThan(1)
    for (const s of palbo) {
      const group = answer.getByRole('article', { name: new RegExp(`^${s.id}`) })
      const text = await group.innerText()
      for (const m of s.models) expect(text, `${s.id}: ${m}`).toContain(m)
    }
    // Restorations are in view without scrolling, for both studies with a re-sensitised palbociclib call.
    for (const id of palbo.filter((s) => s.restored).map((s) => s.id)) {
      const items = answer
        .getByRole('article', { name: new RegExp(`^${id}`) })
        .getByRole('list')
        .first()
        .getByRole('listitem')
      expect(await items.count()).toBeGreaterThan(0)
      for (const box of await items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
        expect(box.bottom, id).toBeLessThanOrEqual(800)
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
    }
    // Each restoration links to the step that shows it.
    const step = answer.getByRole('link', { name: /^Step: An mTOR inhibitor/ }).first()
    expect(await step.getAttribute('href')).toBe('/study/mo2022?step=mtor-inhibitor-restores')
    expect(await answer.getByRole('link', { name: 'Fig. 6B' }).getAttribute('href')).toBe('/study/mo2022#fig-6b')
    // Evidence opens in place.
    await answer.getByRole('button', { name: 'Evidence' }).first().click()
    await answer.getByRole('region', { name: /^Evidence: MCF-7/ }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('a shared link reproduces the pick, the search and the filters', async () => {
    const { ctx, page } = await open({ width: 1280, height: 800 }, '/?target=ERBB3&q=HER3&call=resensitised&theme=dark')
    await page.getByRole('region', { name: /^HER3: tested in/ }).waitFor()
    expect(await page.getByRole('searchbox').inputValue()).toBe('HER3')
    expect(await page.getByRole('combobox', { name: 'Call' }).inputValue()).toBe('resensitised')
    for (const cell of await page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).getByRole('button').allInnerTexts()) expect(cell).toBe('RS')
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /Ignored/ })
        .count(),
    ).toBe(0)
    await ctx.close()
  })

  it('"mTOR inhibitor" finds everolimus and rapamycin; "HER3" finds the siRNA and the node, each saying why', async () => {
    const { ctx, page } = await open({ width: 1280, height: 800 }, '/')
    const box = page.getByRole('searchbox', { name: /Search agents, targets/ })
    await box.fill('mTOR inhibitor')
    const hits = page.getByRole('list', { name: /Best matches/ })
    await expect
      .poll(() => hits.getByRole('listitem').allInnerTexts())
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/^agent\s+Everolimus.*acts on MTOR/i), expect.stringMatching(/^agent\s+Rapamycin.*acts on MTOR/i)]),
      )
    expect(new URL(page.url()).searchParams.get('q')).toBe('mTOR inhibitor')
    await box.fill('HER3')
    await expect.poll(() => hits.getByRole('listitem').first().innerText()).toMatch(/^agent\s+HER3 siRNA/i)
    const texts = await hits.getByRole('listitem').allInnerTexts()
    expect(texts.some((t) => /^node\s+HER3 \(ERBB3\).*taniguchi2023/i.test(t))).toBe(true)
    // Asking about the node answers in place.
    await hits.getByRole('button', { name: 'Ask about HER3 (ERBB3)' }).click()
    await page.getByRole('region', { name: /^HER3: tested in/ }).waitFor()
    expect(new URL(page.url()).searchParams.get('target')).toBe('ERBB3')
    await ctx.close()
  })

  it('the matrix groups rows by study and puts combinations beside their base drug', async () => {
    const { ctx, page } = await open({ width: 1280, height: 800 }, '/?q=palbociclib')
    const table = page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).getByRole('table')
    await table.waitFor()
    const heads = await table.getByRole('columnheader').allInnerTexts()
    const i = heads.indexOf('Palbociclib')
    expect(i).toBeGreaterThan(0)
    expect(heads[i + 1]).toMatch(/^\+ /)
    const groups = await table.locator('.pm-group__label').allInnerTexts()
    expect(groups.map((g) => g.split(' ')[0])).toEqual(palbo.map((s) => s.id))
    await ctx.close()
  })
})

describe('Overview and Compare on a 390×844 phone with touch', () => {
  it('palbociclib: the answer lists every study and model where it was tested', async () => {
    const { ctx, page, errors } = await open({ width: 390, height: 844 }, '/', true)
    await page.getByRole('list', { name: 'Common questions' }).getByRole('button', { name: 'Palbociclib' }).tap()
    const answer = page.getByRole('region', { name: /^Palbociclib: tested in/ })
    await answer.waitFor()
    for (const s of palbo) {
      const text = await answer.getByRole('article', { name: new RegExp(`^${s.id}`) }).innerText()
      for (const m of s.models) expect(text, `${s.id}: ${m}`).toContain(m)
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('no state of the Overview overflows sideways, and every control can be tapped', async () => {
    const { ctx, page, errors } = await open({ width: 390, height: 844 }, '/?drug=palbociclib', true)
    const answer = page.getByRole('region', { name: /^Palbociclib: tested in/ })
    await answer.waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await answer.getByRole('button', { name: 'Evidence' }).first().tap()
    await answer.getByRole('region', { name: /^Evidence:/ }).waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.getByRole('searchbox').fill('restore')
    await page.getByRole('list', { name: /Best matches/ }).waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    // A matrix cell's evidence: the table of numbers scrolls inside its panel, the page does not widen.
    const cell = page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).getByRole('button').first()
    await cell.scrollIntoViewIfNeeded()
    await cell.tap()
    const evidence = page.locator('section.pm-evidence').last()
    await evidence.waitFor()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    const add = evidence.getByRole('button', { name: /^Add to compare/ }).first()
    await add.scrollIntoViewIfNeeded()
    await add.tap()
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBeTruthy()
    expect(await coveredControls(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('Compare stacks its charts at full width without overflow', async () => {
    const { ctx, page } = await open({ width: 390, height: 844 }, '/', true)
    await page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).waitFor()
    await page.getByRole('searchbox').fill('H3122LR')
    await page.getByRole('button', { name: /^H3122LR.*with Lorlatinib \+ pan-HER.*re-sensitised/ }).tap()
    await page
      .getByRole('button', { name: /^Add to compare: Lorlatinib response/ })
      .first()
      .tap()
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).tap()
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor()
    // The drawn chart, not the stand-in that holds its place until its turn to draw (CanvasFirst), which it replaces.
    const fig = page.locator('.cmp-panel figure:not(.chart--waiting)').first()
    await fig.locator('svg.recharts-surface').first().waitFor()
    await fig.scrollIntoViewIfNeeded()
    const width = await fig.evaluate((e) => e.getBoundingClientRect().width)
    expect(width).toBeGreaterThan(300)
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    expect(await coveredControls(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await ctx.close()
  })
})
