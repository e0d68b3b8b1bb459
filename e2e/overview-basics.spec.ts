import { describe, expect, inject, it } from 'vitest'
import { studyIds } from '../scripts/mock-files'
import { axeViolations, browserSession } from './browser'

const base = inject('baseUrl')
const s = browserSession()

/** Text as the DOM holds it (CSS may change case on screen), whitespace collapsed. */
const text = async (l: { textContent(): Promise<string | null> }) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ')
const MO2022 = /S6K1 amplification confers innate resistance/

describe('Overview basics in Chromium', () => {
  it('shows one card per curated study; the mo2022 card names cancer, drug resisted and mechanism', async () => {
    await s.page.goto(`${base}/`)
    const card = s.page.getByRole('article', { name: MO2022 })
    await card.waitFor()
    expect(await s.page.getByRole('article').count()).toBe(studyIds().length)
    const body = await text(card)
    expect(body).toContain('ER+/HER2− metastatic breast cancer')
    expect(body).toMatch(/Resists\s*Palbociclib/)
    expect(body).toContain('c-Myc')
    expect(s.errors).toEqual([])
  })

  it('a card opens its study, keeping the toggles in the link', async () => {
    await s.page.goto(`${base}/?theme=dark`)
    await s.page.getByRole('article', { name: MO2022 }).getByRole('link').click()
    await s.page.waitForURL(/\/study\/mo2022\?theme=dark$/)
    await s.page.getByRole('heading', { level: 1, name: MO2022 }).waitFor()
  })

  it('drops unknown and malformed URL parameters with a visible notice, and keeps the valid ones', async () => {
    await s.page.goto(`${base}/?bogus=1&drugs=palbociclib,Not%20An%20Id,nosuchdrug&theme=neon`)
    for (const notice of [
      'Ignored unknown URL parameter "bogus"',
      'Ignored malformed drug id: "Not An Id"',
      'Ignored theme="neon"',
      'Ignored unknown drug id "nosuchdrug"',
    ])
      await s.page.getByRole('status').filter({ hasText: notice }).first().waitFor()
    await s.page.getByRole('article', { name: MO2022 }).waitFor()
    await expect.poll(() => new URL(s.page.url()).searchParams.get('drugs')).toBe('palbociclib')
  })

  it('a failing study list shows an error with Retry while navigation still works', async () => {
    await s.page.route('**/api/studies.json', (route) => route.fulfill({ status: 500, body: '{"error":"boom"}', contentType: 'application/json' }))
    await s.page.goto(`${base}/`)
    const alert = s.page.getByRole('alert').filter({ hasText: /study list/i })
    await alert.waitFor()
    expect(await text(alert)).toMatch(/study list: the server answered with an error/i)
    expect(await alert.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true)
    await s.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click()
    await s.page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor()
  })

  it('D switches the theme through the registered action', async () => {
    await s.page.goto(`${base}/`)
    await s.page.getByRole('article', { name: MO2022 }).waitFor()
    await s.page.keyboard.press('d')
    await expect.poll(() => s.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    expect(await s.page.getByRole('button', { name: /Dark theme/ }).getAttribute('aria-pressed')).toBe('true')
    // The history entry is written after the paint that shows the change.
    await expect.poll(() => new URL(s.page.url()).search).toBe('?theme=dark')
  })

  it('the drug-class filter keeps only columns of that class', async () => {
    await s.page.goto(`${base}/`)
    await s.page.getByRole('region', { name: 'Phenotype matrix, scrollable' }).waitFor()
    await s.page.getByRole('combobox', { name: 'Drug class' }).selectOption({ label: 'ALK TKIs' })
    const heads = s.page.getByRole('table').getByRole('columnheader')
    await expect.poll(async () => (await heads.allTextContents()).slice(1).every((h) => /Lorlatinib|Crizotinib|Alectinib/.test(h))).toBe(true)
    const names = (await heads.allTextContents()).slice(1)
    expect(names).toEqual(expect.arrayContaining(['Lorlatinib', 'Crizotinib', 'Alectinib']))
    expect(await axeViolations(s.page)).toEqual([])
  })
})
