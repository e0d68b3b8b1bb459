import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { browserSession } from './browser'

// Every slide of every deck, keyboarded through at three projector sizes: nothing spills out of the
// slide, no text box is clipped, no app control shows, and no text is smaller than 18 px at the
// 1920-wide design size (sizes are scaled back to 1920, since the slide scales as one picture).
const base = inject('baseUrl')

/** What one slide measures; arrays list offenders. */
interface SlideReport {
  n: number
  heading: string
  outside: string[]
  clipped: string[]
  controls: string[]
  small: string[]
  smallBody: string[]
  /** SVG text running past its own drawing's edge (a bar label or axis title cut off). */
  svgCut: string[]
  rescue: string | null
  built: boolean
  figure: string | null
}

/** Waits (in the page) until the slide has drawn its figures, then measures it. */
async function measure(page: Page, n: number): Promise<SlideReport> {
  return page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)))
    const slideEl = () => document.querySelector<HTMLElement>(`.present__stage > .slide[data-slide="${n}"]`)
    const drawn = (s: HTMLElement) => {
      const fig = s.querySelector('.slide__figure')
      if (!fig) return true
      const chartReady = !!fig.querySelector('.recharts-surface, .chart__hidden, .slide__nofigure, svg[data-export]')
      // A figure-only slide (a big figure) has no pathway to wait for.
      const pwReady = !!s.querySelector('.slide__pathway .pw-svg, .slide__split--figure')
      return chartReady && pwReady
    }
    for (let i = 0; i < 200 && !(slideEl() && drawn(slideEl()!)); i++) await new Promise((r) => setTimeout(r, 25))
    await frame()
    await frame()
    const slide = slideEl()
    if (!slide) throw new Error(`slide ${n} not on stage`)
    const box = slide.getBoundingClientRect()
    const k = 1920 / box.width
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const shown = (el: Element) => {
      const cs = getComputedStyle(el)
      return cs.display !== 'none' && cs.visibility !== 'hidden' && el.getClientRects().length > 0 && !el.closest('[hidden]')
    }
    const all = [...slide.querySelectorAll('*')].filter(shown)
    const outside: string[] = []
    const clipped: string[] = []
    const controls: string[] = []
    const small: string[] = []
    const smallBody: string[] = []
    const svgCut: string[] = []
    for (const el of all) {
      const r = el.getBoundingClientRect()
      if (r.width > 0 && r.height > 0 && (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1))
        outside.push(name(el))
      if (el instanceof HTMLElement && el.clientHeight > 0) {
        const cs = getComputedStyle(el)
        const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible'
        const ownText = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim())
        if ((clips || ownText) && el !== slide && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
          clipped.push(`${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`)
      }
      // SVG text past its own drawing's edge is cut off by the SVG, though it may still be inside the slide.
      if (el instanceof SVGTextElement) {
        const svg = el.ownerSVGElement?.getBoundingClientRect()
        if (svg && r.width > 0 && (r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1))
          svgCut.push(`${name(el)}`)
      }
      if (el.matches('button, a[href], input, select, textarea, summary, [role="button"]:not(svg *), [role="group"][aria-label="Export"]'))
        controls.push(name(el))
      const text = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim())
      if (!text) continue
      let px = parseFloat(getComputedStyle(el).fontSize)
      if (el instanceof SVGElement) {
        const owner = (el.closest('text') ?? el) as SVGGraphicsElement
        const m = owner.getScreenCTM()
        if (m) px *= Math.hypot(m.a, m.b)
        // CSS transforms on an ancestor group (the projector-size badges) are not in the CTM.
        for (let g: Element | null = owner.parentElement; g && g !== slide; g = g.parentElement) {
          const t = getComputedStyle(g).transform
          if (t && t !== 'none') px *= new DOMMatrixReadOnly(t).a
        }
      }
      px *= k
      if (px < 17.5) small.push(`${name(el)} ${px.toFixed(1)}px`)
      if (
        el.closest('.slide__claim, .slide__lead, .methods, .caveat-groups, .slide__points, .setup, .slide__question, .slide__state') &&
        !el.closest('.badge') &&
        px < 23.5
      )
        smallBody.push(`${name(el)} ${px.toFixed(1)}px`)
    }
    return {
      n,
      heading: slide.querySelector('.slide__heading')?.textContent ?? '',
      outside,
      clipped,
      controls,
      small,
      smallBody,
      svgCut,
      rescue: slide.querySelector('.slide__rescue')?.textContent ?? null,
      built: !!slide.querySelector('.slide__rescue--on'),
      figure: slide.querySelector('.slide__figure figure')?.getAttribute('aria-labelledby')
        ? (slide.querySelector('.slide__figure .chart__title')?.textContent ?? null)
        : null,
    }
  }, n)
}

type Offence = 'outside' | 'clipped' | 'controls' | 'small' | 'smallBody' | 'svgCut'
const OFFENCES: Offence[] = ['outside', 'clipped', 'controls', 'small', 'smallBody', 'svgCut']

/** The offences of one measured slide, as readable lines ([] when it is clean). */
const problems = (where: string, r: SlideReport) => OFFENCES.flatMap((k) => r[k].map((x) => `${where} ${k}: ${x}`))

// One browser for the file and one page per size (browserSession), so three walks stay affordable on a small machine.
const s = browserSession()

for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const) {
  describe(`every slide of every deck at ${w}×${h}`, { timeout: 300_000 }, () => {
    it('fits the slide, shows no control, no small text; the rescue build goes before → after', async () => {
      const { page } = s
      await page.setViewportSize({ width: w, height: h })
      await page.goto(`${base}/present`)
      const links = page.getByRole('link', { name: /^Present [a-z]+\d{4}$/ })
      await links.first().waitFor()
      const ids = (await links.allInnerTexts()).map((t) => t.replace('Present ', ''))
      expect(ids.length).toBeGreaterThan(0)
      const summary: string[] = []
      // Collected over all slides, so one run lists every offence.
      const failures: string[] = []
      for (const id of ids) {
        await page.goto(`${base}/present/${id}`)
        const count = page.locator('.present__count')
        await count.getByText(/^Slide 1 of \d+/).waitFor()
        const total = Number(/of (\d+)/.exec(await count.innerText())![1])
        const figures: string[] = []
        for (let n = 1; n <= total; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight')
          const r = await measure(page, n)
          failures.push(...problems(`${id} ${n} "${r.heading}"`, r))
          if (r.figure !== null || r.rescue !== null) figures.push(`${n}: ${r.figure ?? '(no figure)'}`)
          if (r.rescue !== null) {
            expect(r.built, `${id} slide ${n} opens before the rescue`).toBe(false)
            const before = new URL(page.url()).searchParams.get('drugs') ?? ''
            await page.keyboard.press('t')
            const after = await measure(page, n)
            expect(after.built, `${id} slide ${n}: T builds the rescue`).toBe(true)
            failures.push(...problems(`${id} ${n} built`, after))
            const drugs = () => new URL(page.url()).searchParams.get('drugs') ?? ''
            await expect
              .poll(() => drugs().split(',').length, { message: `${id} slide ${n}: more drugs after the build (${before} → ${drugs()})` })
              .toBeGreaterThan(before ? before.split(',').length : 0)
          }
        }
        summary.push(`${id}: ${total} slides; ${figures.join(' | ')}`)
      }
      console.log(`${w}×${h}\n${summary.join('\n')}`)
      if (failures.length) console.log(failures.join('\n'))
      expect(failures).toEqual([])
      expect(s.errors).toEqual([])
    })
  })
}
