import { describe, expect, inject, it } from 'vitest'
import { browserSession, clearStudySelection, openFigureGroups } from './browser'

// Issue 12 items 4 and 5: illustrative marks look different from reported ones, and no two text labels
// in any chart overlap, at phone, laptop and projector widths, for every series of every study (read from the served data).
const base = inject('baseUrl')
const s = browserSession({ width: 1280, height: 800 })

const studyIds = async () => ((await (await fetch(`${base}/api/studies.json`)).json()) as { id: string }[]).map((x) => x.id)

/** Every pair of overlapping text boxes inside one chart SVG, and every text box past the SVG's edge, described; under 1 px does not count. */
function overlapsInPage(): string[] {
  const out: string[] = []
  document.querySelectorAll('figure.chart').forEach((fig) => {
    const title = fig.querySelector('.chart__title')?.textContent ?? '?'
    fig.querySelectorAll('svg.recharts-surface').forEach((svg) => {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0)
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0)
      // A label running past the chart's edge is cut off on screen and in an export.
      const edge = svg.getBoundingClientRect()
      for (const b of boxes)
        if (b.r.left < edge.left - 1 || b.r.right > edge.right + 1 || b.r.top < edge.top - 1 || b.r.bottom > edge.bottom + 1)
          out.push(`${title}: "${b.text}" runs past the chart's edge`)
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r,
            b = boxes[j]!.r
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
          if (w > 1 && h > 1) out.push(`${title}: "${boxes[i]!.text}" × "${boxes[j]!.text}"`)
        }
    })
  })
  return out
}

describe('chart labels', () => {
  it('no two text boxes overlap in any chart, and none is cut at its edge, at 390, 1280 and 1920 px, for every series of every study', async () => {
    const found: string[] = []
    for (const id of await studyIds())
      for (const width of [390, 1280, 1920]) {
        await s.page.setViewportSize({ width, height: 900 })
        await s.page.goto(`${base}/study/${id}`)
        // Every group of every figure drawn: clear the opening step's selection.
        await clearStudySelection(s.page)
        await openFigureGroups(s.page)
        const anchors = await s.page.locator('.fig-anchor').count()
        // Every figure drawn (or its one-line stand-in) before measuring.
        await expect
          .poll(() => s.page.locator('.fig-anchor svg.recharts-surface, .fig-anchor .chart__hidden, .fig-anchor > .placeholder').count(), { timeout: 30_000 })
          .toBeGreaterThanOrEqual(anchors)
        await s.page.waitForTimeout(200)
        found.push(...(await s.page.evaluate(overlapsInPage)).map((o) => `${id} @${width}: ${o}`))
      }
    expect([...new Set(found)]).toEqual([])
  }, 300_000)

  it('reported and illustrative marks differ in computed style, illustrative numbers carry "~", and the band marks the plot', async () => {
    let compared = 0
    for (const id of await studyIds()) {
      await s.page.goto(`${base}/study/${id}`)
      await openFigureGroups(s.page)
      await s.page.locator('.fig-anchor svg.recharts-surface').first().waitFor()
      // Charts draw one per task (CanvasFirst): count once none is still waiting for its turn.
      await expect.poll(() => s.page.locator('#main .chart--waiting').count(), { timeout: 30_000 }).toBe(0)
      const styles = await s.page.evaluate(() => {
        const pick = (sel: string) => {
          const el = document.querySelector(sel)
          if (!el) return null
          const c = getComputedStyle(el)
          return { fill: c.fill, stroke: c.stroke, dash: c.strokeDasharray, opacity: c.strokeOpacity }
        }
        return { reported: pick('.endpoint-mark--reported'), illustrative: pick('.endpoint-mark--illustrative') }
      })
      if (styles.reported && styles.illustrative) {
        compared++
        expect(styles.illustrative.fill).not.toBe(styles.reported.fill)
        expect(styles.illustrative.dash).not.toBe(styles.reported.dash)
      }
      // Each chart with illustrative values shows the band; its labels print illustrative numbers with "~".
      const banded = await s.page.locator('figure.chart:has(.prov-legend__item--illustrative)').count()
      expect(await s.page.locator('figure.chart:has(.prov-legend__item--illustrative) .illus-band__text').count()).toBe(banded)
    }
    expect(compared).toBeGreaterThan(0)
    await s.page.goto(`${base}/study/wu2023?step=bcsc-medium-blunts-tamoxifen`)
    const key = s.page.locator('.story__key figure.chart')
    await key.locator('svg.recharts-surface').waitFor()
    expect(await key.innerText()).toMatch(/IC50 ~\d/)
  }, 120_000)

  it('with "Hide illustrative" on, an emptied figure is one line', async () => {
    await s.page.goto(`${base}/study/wu2023?illus=hide#fig-1`)
    const hidden = s.page.locator('#fig-1 .chart__hidden').first()
    await hidden.waitFor()
    expect((await hidden.boundingBox())!.height).toBeLessThan(60)
  })
})
