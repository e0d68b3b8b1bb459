import { describe, expect, inject, it } from 'vitest'
import { axeViolations, browserSession } from './browser'

const base = inject('baseUrl')
const s = browserSession()

const TANIGUCHI = 'taniguchi2023:lorlatinib-h3122:h3122lr-panher'
const text = async (l: { textContent(): Promise<string | null> }) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ')

describe('Compare in Chromium', () => {
  it('reads the selections from the URL, lists them with provenance, enables only what they tested, and removes one', async () => {
    await s.page.goto(`${base}/compare?cmp=${TANIGUCHI},mo2022:pfs-s6k1:high`)
    const table = s.page.getByRole('region', { name: 'Selections being compared' })
    await table.getByRole('row', { name: /taniguchi2023/ }).waitFor()
    expect(await text(table.getByRole('row', { name: /mo2022/ }))).toMatch(/reported.*derived/)
    expect(await text(table.getByRole('row', { name: /taniguchi2023/ }))).toContain('illustrative')
    // Tested by the comparison: switchable. The rest waits, disabled, behind "Not tested".
    expect(await s.page.getByRole('button', { name: 'Lorlatinib', exact: true }).isEnabled()).toBe(true)
    await s.page.getByText(/^Not tested in this comparison/).click()
    const tamoxifen = s.page.getByRole('button', { name: 'Tamoxifen', exact: true })
    expect(await tamoxifen.isDisabled()).toBe(true)
    expect(await tamoxifen.getAttribute('title')).toBe('Not tested in this comparison')
    expect(await axeViolations(s.page)).toEqual([])
    await table.getByRole('button', { name: /Remove mo2022/ }).click()
    await expect.poll(() => new URL(s.page.url()).searchParams.get('cmp')).toBe(TANIGUCHI)
    expect(s.errors).toEqual([])
  })

  it('a key that names nothing is shown as not found, never a blank page', async () => {
    await s.page.goto(`${base}/compare?cmp=mo2022:no-such-series:x`)
    await s.page.getByText(/Not found: “mo2022:no-such-series:x”/).waitFor()
    expect(s.errors).toEqual([])
  })
})
