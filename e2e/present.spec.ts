import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { studyIds } from '../scripts/mock-files'
import { axeViolations, launch, watchErrors } from './browser'

const base = inject('baseUrl')
let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[]

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  page = await context.newPage()
  errors = watchErrors(page)
  return () => context.close()
})

const counter = (p: Page) => p.locator('.present__count').innerText()
const liveHeading = (p: Page) => p.locator('.present__stage .slide__heading').first().innerText()

/** Page objects of a PDF, counted the simple way: "/Type /Page" not followed by "s". */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length

describe('present mode in Chromium', () => {
  it('keyboard: arrows, Space, End, Home, digits + Enter; slide in the URL; axe clean on claim and predict slides', async () => {
    await page.goto(`${base}/present/mo2022`)
    await page.getByText('Slide 1 of 10').waitFor()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => liveHeading(page)).toBe('Methods at a glance')
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('2')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => liveHeading(page)).toBe('S6K1-amplified tumours escape palbociclib')
    await page.getByRole('figure', { name: /Palbociclib in S6K1-amplified and wild-type breast cancer organoids/ }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('End')
    await expect.poll(() => liveHeading(page)).toBe('Take-home')
    await page.keyboard.press('Home')
    await expect.poll(() => counter(page)).toBe('Slide 1 of 10')
    await page.keyboard.type('9')
    await page.keyboard.press('Enter')
    await expect.poll(() => counter(page)).toBe('Slide 9 of 10')
    // The address takes the slide after the paint that shows it; a reload reads the address.
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('9')
    await page.reload()
    await expect.poll(() => counter(page)).toBe('Slide 9 of 10')
    // Predict first: the question, then the data.
    await page.goto(`${base}/present/mo2022?slide=7&predict=on`)
    await expect.poll(() => liveHeading(page)).toBe('What do you expect?')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => liveHeading(page)).toBe('An mTOR inhibitor restores the palbociclib response')
    await page.keyboard.press('t')
    await expect.poll(() => new URL(page.url()).searchParams.get('drugs')).toBe('palbociclib,everolimus,rapamycin')
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/study/mo2022')
    expect(errors).toEqual([])
  })

  it('presenter and audience windows stay in sync over BroadcastChannel, both ways', async () => {
    await page.goto(`${base}/present/mo2022?slide=3`)
    await expect.poll(() => counter(page)).toBe('Slide 3 of 10')
    const presenter = await context.newPage()
    const presenterErrors = watchErrors(presenter)
    await presenter.goto(`${base}/present/mo2022?presenter=1`)
    // Joining, the presenter adopts the audience's slide.
    await expect.poll(() => counter(presenter)).toBe('Slide 3 of 10')
    await presenter.getByRole('timer', { name: 'Elapsed time' }).waitFor()
    expect(await presenter.getByRole('region', { name: 'Notes' }).innerText()).toMatch(/Notes/)
    expect(await axeViolations(presenter)).toEqual([])
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page)).toBe('Slide 4 of 10')
    await expect.poll(() => liveHeading(page)).toBe('S6K1-amplified tumours escape palbociclib')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => counter(presenter)).toBe('Slide 2 of 10')
    await presenter.keyboard.press('p')
    await expect.poll(() => new URL(page.url()).searchParams.get('predict')).toBe('on')
    expect(errors).toEqual([])
    expect(presenterErrors).toEqual([])
  })

  it('prints one slide per page, each step built, nothing clipped; a slide exports as a 1920×1080 PNG', async () => {
    await page.goto(`${base}/present/mo2022?slide=7`)
    await page.getByText('Slide 7 of 10').waitFor()
    const print = page.getByTestId('print-deck')
    await print.waitFor({ state: 'attached' })
    await expect.poll(() => print.locator('.slide').count()).toBe(10)
    await expect.poll(() => print.locator('svg.recharts-surface').count()).toBeGreaterThan(0)
    // Each printed step shows its after-rescue state, whatever the live slide shows.
    await expect.poll(() => print.locator('.slide__rescue--on').count()).toBeGreaterThan(0)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.present__stage').isVisible()).toBe(false)
    const clipped = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.present-print .slide, .present-print .slide__text, .present-print .slide__figure, .present-print .slide__pathway, .present-print .slide__content',
        ),
      ]
        .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className} in slide ${el.closest('.slide')?.getAttribute('data-slide')}`),
    )
    expect(clipped).toEqual([])
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(pdfPages(pdf)).toBe(10)
    await page.emulateMedia({ media: 'screen' })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Slide as PNG' }).click()])
    expect(download.suggestedFilename()).toBe('mo2022-slide-7.png')
    const png = await readFile((await download.path())!)
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080])
    expect(errors).toEqual([])
  })

  it('the landing lists every study with audience and presenter links, and the keys; passes axe', async () => {
    await page.goto(`${base}/present`)
    await page.getByRole('link', { name: 'Present zhang2025', exact: true }).waitFor()
    expect(await page.getByRole('link', { name: /^Present [a-z]+\d{4}$/ }).count()).toBe(studyIds().length)
    expect(await page.getByRole('link', { name: 'Present mo2022', exact: true }).getAttribute('href')).toBe('/present/mo2022')
    expect(await page.getByRole('link', { name: 'Presenter view of zhang2025' }).getAttribute('href')).toBe('/present/zhang2025?presenter=1')
    // The key list comes from the registered actions.
    expect(await page.getByText('Next slide, or reveal the data').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
  })

  it('a step slide shows its claim, the pathway in that step and its key figure; its numbers sit in the presenter notes', async () => {
    await page.goto(`${base}/present/mo2022?slide=4`)
    await expect.poll(() => liveHeading(page)).toBe('S6K1-amplified tumours escape palbociclib')
    await page.getByRole('figure', { name: /Palbociclib in S6K1-amplified and wild-type breast cancer organoids/ }).waitFor()
    // The pathway loads and lays out on its own; wait for it, then check there is exactly one.
    await expect.poll(() => page.locator('.present__stage .pw-figure').count()).toBe(1)
    await page.goto(`${base}/present/mo2022?slide=4&presenter=1`)
    const notes = page.getByRole('region', { name: /Notes/ })
    await notes.waitFor()
    expect(await notes.innerText()).toContain('3.0, 95% CI 1.0 to 8.8, P = 0.007')
  })

  it('predict, then reveal: the button writes the switch to the URL; each step asks first and shows the data on the next key', async () => {
    await page.goto(`${base}/present/mo2022?slide=1`)
    await page.getByRole('button', { name: /Predict, then reveal/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('predict')).toBe('on')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => liveHeading(page)).toBe('Methods at a glance')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => liveHeading(page)).toBe('What do you expect?')
    expect(await counter(page)).toBe('Slide 3 of 10')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => liveHeading(page)).toBe('Palbociclib holds back tumours with normal S6K1')
    expect(await counter(page)).toBe('Slide 3 of 10')
  })

  it('T builds the rescue through the same selections as the Study view, and ? lists it among the keys', async () => {
    await page.goto(`${base}/present/mo2022?slide=7`)
    await expect.poll(() => liveHeading(page)).toBe('An mTOR inhibitor restores the palbociclib response')
    await expect.poll(() => new URL(page.url()).searchParams.get('drugs')).toBe('palbociclib')
    await page.keyboard.press('t')
    await expect.poll(() => new URL(page.url()).searchParams.get('drugs')).toBe('palbociclib,everolimus,rapamycin')
    await page.keyboard.press('t')
    await expect.poll(() => new URL(page.url()).searchParams.get('drugs')).toBe('palbociclib')
    await page.keyboard.press('?')
    const help = page.getByRole('region', { name: 'Keys' })
    await help.waitFor()
    expect(await help.getByText('Add Everolimus / Rapamycin').count()).toBe(1)
    expect(await help.getByText('→ / Space').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('the presenter view shows the notes, the next slide and a running timer', async () => {
    await page.goto(`${base}/present/mo2022?slide=4&presenter=1`)
    await page.getByRole('heading', { level: 1, name: /Presenter view/ }).waitFor()
    expect(await page.getByRole('region', { name: /Notes/ }).textContent()).toMatch(/medians 3\.9 against 15\.6 months/)
    expect(await page.getByRole('heading', { name: 'Next: Silencing S6K1 brings the response back' }).count()).toBe(1)
    expect(await page.getByRole('timer', { name: 'Elapsed time' }).textContent()).toMatch(/^00:0\d$/)
  })

  for (const id of studyIds())
    it(`${id} presents from the title slide to the take-home`, async () => {
      await page.goto(`${base}/present/${id}`)
      await page.getByText(/^Slide 1 of \d+$/).waitFor()
      await page.keyboard.press('End')
      await expect.poll(() => liveHeading(page)).toBe('Take-home')
      expect(errors).toEqual([])
    })
})
