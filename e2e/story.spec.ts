import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, browserSession } from './browser'

// The story-first Study view (issue 12): every study and step comes from the served data, never a fixed list.
const base = inject('baseUrl')
const s = browserSession({ width: 1920, height: 1080 })

interface StudyDoc {
  id: string
  steps: { id: string; title: string; rescue?: string[]; series: string[] }[]
}
interface SeriesDoc {
  id: string
  title: string
  source: { locator: string }
}
let studies: { meta: StudyDoc; series: SeriesDoc[] }[] = []

beforeAll(async () => {
  const list = (await (await fetch(`${base}/api/studies.json`)).json()) as { id: string }[]
  studies = await Promise.all(
    list.map(async ({ id }) => ({
      meta: (await (await fetch(`${base}/api/studies/${id}/study.json`)).json()) as StudyDoc,
      series: (await (await fetch(`${base}/api/studies/${id}/series.json`)).json()) as SeriesDoc[],
    })),
  )
  expect(studies.length).toBeGreaterThan(0)
})

/** The rectangle of the first element matching a selector, or null. */
const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox()

const inViewport = (b: { x: number; y: number; width: number; height: number } | null, vw: number, vh: number) =>
  !!b && b.width > 0 && b.height > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= vw + 0.5 && b.y + b.height <= vh + 0.5

/** Signature of what the pathway and the step's figures draw. */
const drawing = (page: Page) =>
  page.evaluate(() => ({
    pathway: [...document.querySelectorAll('.story__pw [class*="pw-node--"]')].map((n) => n.getAttribute('class')).join('|'),
    figures: [...document.querySelectorAll('.story__figures svg.recharts-surface')].map((svg) => svg.querySelectorAll('path, rect, circle').length).join(','),
  }))

describe('story-first Study view at 1920×1080', () => {
  it('shows each step of each study with its title, the pathway and the key figure fully on screen together', async () => {
    const off: string[] = []
    for (const { meta, series } of studies)
      for (const step of meta.steps) {
        await s.page.goto(`${base}/study/${meta.id}?step=${step.id}`)
        await s.page.getByRole('heading', { level: 2, name: step.title, exact: true }).waitFor()
        const key = series.find((x) => x.id === step.series[0])!
        await s.page
          .locator('.story__key')
          .getByRole('figure', { name: key.title, exact: true })
          .or(s.page.locator('.story__key .chart__hidden'))
          .first()
          .waitFor()
        await s.page.locator('.story__pw svg.pw-svg').waitFor()
        const where = `${meta.id} step ${step.id}`
        // The key figure's own box and its plot, not only its grid cell: a chart wider than its column would overflow the cell.
        const keyFigure = (await s.page.locator('.story__key figure.chart').count()) ? '.story__key figure.chart' : '.story__key'
        for (const [what, sel] of [
          ['step title', '#step-title'],
          ['pathway', '.story__pw svg.pw-svg'],
          ['key figure', keyFigure],
          ['key plot', `${keyFigure} svg.recharts-surface, .story__key .chart__hidden`],
        ] as const) {
          const b = await box(s.page, sel)
          if (!inViewport(b, 1920, 1080)) off.push(`${where}: ${what} at ${JSON.stringify(b)}`)
        }
      }
    expect(off).toEqual([])
    expect(s.errors).toEqual([])
  })

  it("walks the lecturer's path: first step, next, then the rescue; each move changes the pathway and the figures", async () => {
    for (const { meta } of studies) {
      const rescueAt = meta.steps.findIndex((st, i) => i > 0 && (st.rescue ?? []).length > 0)
      if (rescueAt < 0) continue
      await s.page.goto(`${base}/study/${meta.id}`)
      await s.page.getByRole('heading', { level: 2, name: meta.steps[0]!.title }).waitFor()
      await s.page.locator('.story__pw svg.pw-svg').waitFor()
      const first = await drawing(s.page)
      for (let i = 1; i <= rescueAt; i++) await s.page.getByRole('button', { name: 'Next step' }).click()
      const step = meta.steps[rescueAt]!
      await s.page.getByRole('heading', { level: 2, name: step.title }).waitFor()
      await expect.poll(() => new URL(s.page.url()).searchParams.get('step')).toBe(step.id)
      await expect.poll(() => drawing(s.page), { message: `${meta.id}: stepping changes the drawing` }).not.toEqual(first)
      const before = await drawing(s.page)
      const add = s.page.getByRole('button', { name: /^Add / }).first()
      await add.click()
      expect(await add.getAttribute('aria-pressed')).toBe('true')
      await expect.poll(async () => (await drawing(s.page)).pathway, { message: `${meta.id}: the rescue relights the pathway` }).not.toBe(before.pathway)
      // The changed figures say what changed them.
      await expect.poll(() => s.page.locator('.change-mark__note').count()).toBeGreaterThan(0)
      // On with the rescue still on, and back: the step opens again before its rescue, drawn as it was then.
      if (rescueAt + 1 < meta.steps.length) {
        await s.page.getByRole('button', { name: 'Next step' }).click()
        await s.page.getByRole('heading', { level: 2, name: meta.steps[rescueAt + 1]!.title }).waitFor()
        await s.page.getByRole('button', { name: 'Previous step' }).click()
        await s.page.getByRole('heading', { level: 2, name: step.title }).waitFor()
        await expect.poll(() => drawing(s.page), { message: `${meta.id}: back at the step, before its rescue` }).toEqual(before)
      }
    }
  })

  it('steps with the arrow keys and back restores the previous step', async () => {
    const { meta } = studies.find((x) => x.meta.steps.length > 1)!
    await s.page.goto(`${base}/study/${meta.id}`)
    await s.page.getByRole('heading', { level: 2, name: meta.steps[0]!.title }).waitFor()
    await s.page.keyboard.press('ArrowRight')
    await s.page.getByRole('heading', { level: 2, name: meta.steps[1]!.title }).waitFor()
    await s.page.goBack()
    await s.page.getByRole('heading', { level: 2, name: meta.steps[0]!.title }).waitFor()
  })

  it('Tab reaches the step’s own pathway and figures but never a neighbouring step’s, drawn ahead out of sight', async () => {
    const { meta } = studies.find((x) => x.meta.steps.length > 2)!
    await s.page.goto(`${base}/study/${meta.id}?step=${meta.steps[1]!.id}`)
    await s.page.getByRole('heading', { level: 2, name: meta.steps[1]!.title }).waitFor()
    // Both neighbours drawn ahead, one of them after having been on screen (stepped away from).
    await s.page.keyboard.press('ArrowLeft')
    await s.page.getByRole('heading', { level: 2, name: meta.steps[0]!.title }).waitFor()
    await s.page.keyboard.press('ArrowRight')
    await s.page.getByRole('heading', { level: 2, name: meta.steps[1]!.title }).waitFor()
    // Figures and pathways alike, each with controls that Tab could reach if they were not skipped.
    await expect.poll(() => s.page.locator('.story__ahead').count()).toBeGreaterThanOrEqual(2)
    await expect.poll(() => s.page.locator('.story__pw-ahead').count()).toBeGreaterThanOrEqual(2)
    await expect.poll(() => s.page.locator('.story__ahead').first().locator('button, svg[tabindex="0"]').count()).toBeGreaterThan(0)
    await expect.poll(() => s.page.locator('.story__pw-ahead').first().locator('[tabindex="0"]').count()).toBeGreaterThan(0)
    await s.page.locator('.story__bar').getByRole('button', { name: 'Next step' }).focus()
    const seen = { pathway: 0, figures: 0, ahead: [] as string[] }
    // Until focus has been through the step's own figures and left them, or 150 presses.
    for (let i = 0, was = ''; i < 150; i++) {
      await s.page.keyboard.press('Tab')
      const where = await s.page.evaluate(() => {
        const el = document.activeElement
        if (el?.closest('.story__ahead, .story__pw-ahead')) return `ahead: ${el.outerHTML.slice(0, 80)}`
        if (el?.closest('.story__pw')) return 'pathway'
        return el?.closest('.story__figures') ? 'figures' : 'other'
      })
      if (where === 'pathway' || where === 'figures') seen[where]++
      else if (where !== 'other') seen.ahead.push(where)
      if (was === 'figures' && where !== 'figures') break
      was = where
    }
    expect(seen.ahead).toEqual([])
    expect(seen.pathway, 'Tab moves through the step’s own pathway').toBeGreaterThan(0)
    expect(seen.figures, 'Tab moves through the step’s own figures').toBeGreaterThan(0)
  })

  it('a deep link opens the named figure, drawn and scrolled into view', async () => {
    for (const { meta, series } of studies) {
      const target = series.find((x) => /^Fig\. \d+[A-Z]$/.test(x.source.locator))
      if (!target) continue
      const anchor = target.source.locator.replace('Fig. ', 'fig-').toLowerCase()
      await s.page.goto(`${base}/study/${meta.id}#${anchor}`)
      const fig = s.page.locator(`[id="${anchor}"]`)
      await fig.getByRole('figure', { name: target.title, exact: true }).or(fig.locator('.chart__hidden')).first().waitFor()
      expect(await fig.locator('xpath=ancestor::details').getAttribute('open')).not.toBeNull()
      await expect
        .poll(async () => inViewport(await fig.boundingBox(), 1920, 2000) && ((await fig.boundingBox())?.y ?? -1) < 1080, {
          message: `${meta.id}#${anchor} in view`,
        })
        .toBe(true)
    }
  })

  it('is at most 6 screens tall at 1280×800 with the figure groups collapsed, and axe is clean', async () => {
    await s.page.setViewportSize({ width: 1280, height: 800 })
    for (const { meta } of studies) {
      await s.page.goto(`${base}/study/${meta.id}`)
      await s.page.getByRole('navigation', { name: 'Figure index' }).waitFor()
      await s.page.locator('.story__key').waitFor()
      const height = await s.page.evaluate(() => document.documentElement.scrollHeight)
      expect(height, `${meta.id} page height`).toBeLessThanOrEqual(6 * 800)
      expect(await axeViolations(s.page), meta.id).toEqual([])
    }
  })
})

// Issue 12, "a lecturer will project it": the pathway's node labels as drawn on screen (font size × the SVG's scale).
describe('Study view pathway labels are legible when projected', () => {
  /** The smallest node label on screen, in px, with the label that has it. */
  const smallestLabel = (page: Page) =>
    page.evaluate(() => {
      const sizes = [...document.querySelectorAll<SVGTextElement>('.story__pw .pw-node__label')].map((t) => {
        const m = t.getScreenCTM()
        return { text: t.textContent ?? '', px: m ? parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) : 0 }
      })
      return sizes.length ? sizes.reduce((a, b) => (b.px < a.px ? b : a)) : { text: 'no labels', px: 0 }
    })

  it.each([
    [1920, 1080],
    [1280, 800],
  ])('node labels are at least 14 px at %i×%i on every step of every study', async (width, height) => {
    await s.page.setViewportSize({ width, height })
    const small: string[] = []
    for (const { meta } of studies)
      for (const step of meta.steps) {
        await s.page.goto(`${base}/study/${meta.id}?step=${step.id}`)
        await s.page.getByRole('heading', { level: 2, name: step.title, exact: true }).waitFor()
        await s.page.locator('.story__pw svg.pw-svg').waitFor()
        // The diagram is laid out again once its column is measured: a small first reading gets a second look.
        let least = await smallestLabel(s.page)
        if (least.px < 14) {
          await s.page.waitForTimeout(300)
          least = await smallestLabel(s.page)
        }
        if (least.px < 14) small.push(`${meta.id} ${step.id}: “${least.text}” at ${least.px.toFixed(1)} px`)
      }
    expect(small).toEqual([])
    expect(s.errors).toEqual([])
  })
})
