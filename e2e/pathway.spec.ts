import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, browserSession } from './browser'

const base = inject('baseUrl')

const s = browserSession()

const node = (name: string) => s.page.getByRole('button', { name, exact: true })
const state = (id: string) => s.page.locator(`[data-node="${id}"]`).getAttribute('data-state')

describe('pathway view in Chromium', () => {
  it('toggling drugs and the LR condition changes the overlay; axe clean; no console s.errors', async () => {
    await s.page.goto(`${base}/pathway/taniguchi2023`)
    const alk = s.page.getByRole('button', { name: 'ALK fusion, normal' })
    await alk.waitFor()
    expect(await node('HER3, inactive').count()).toBe(1)
    expect(await axeViolations(s.page)).toEqual([])

    await s.page.getByRole('button', { name: 'Lorlatinib', exact: true }).click()
    await s.page.getByRole('button', { name: 'ALK fusion, blocked' }).waitFor()
    expect(await state('pi3k')).toBe('dimmed')
    expect(await node('Cell survival and growth, dimmed').count()).toBe(1)
    // The ALK → PI3K edge no longer carries signal.
    expect(await s.page.locator('[data-edge="alk-pi3k"]').getAttribute('class')).toContain('pw-edge--off')

    await s.page.getByRole('button', { name: 'Lorlatinib-resistant (LR)' }).click()
    await s.page.getByRole('button', { name: 'PI3K, active via bypass' }).waitFor()
    expect(await node('HER3, active via bypass').count()).toBe(1)
    expect(await node('Cell survival and growth, active via bypass').count()).toBe(1)
    expect(await s.page.locator('[data-edge="her3-pi3k"]').getAttribute('class')).toContain('pw-edge--bypass')

    await s.page.getByRole('button', { name: /pan-HER inhibitor/ }).click()
    await s.page.getByRole('button', { name: 'HER3, blocked' }).waitFor()
    expect(await state('pi3k')).toBe('dimmed')
    await expect.poll(() => new URL(s.page.url()).search).toBe('?drugs=lorlatinib,pan-her-inhibitor&cond=lorlatinib-resistant')
    expect(await axeViolations(s.page)).toEqual([])
    expect(s.errors).toEqual([])
  })

  it('Enter on a node opens its evidence; the link to the study keeps the toggles', async () => {
    await s.page.goto(`${base}/pathway/mo2022?drugs=palbociclib`)
    const s6k1 = s.page.getByRole('button', { name: /^S6K1,/ })
    await s6k1.focus()
    await s.page.keyboard.press('Enter')
    const panel = s.page.getByRole('complementary', { name: 'Evidence: S6K1' })
    await panel.waitFor()
    await panel.getByRole('link', { name: 'mo2022' }).waitFor()
    expect(await axeViolations(s.page)).toEqual([])
    await panel.getByRole('link', { name: 'mo2022' }).click()
    await s.page.waitForURL(/\/study\/mo2022\?drugs=palbociclib$/)
    expect(s.errors).toEqual([])
  })

  it('Enter on AKT lists its evidence across the studies that draw it; Close dismisses it', async () => {
    await s.page.goto(`${base}/pathway/taniguchi2023?drugs=lorlatinib`)
    await node('AKT, dimmed').focus()
    await s.page.keyboard.press('Enter')
    const panel = s.page.getByRole('complementary', { name: 'Evidence: AKT' })
    await panel.waitFor()
    expect(await panel.textContent()).toContain('Its inputs are off: PI3K.')
    // AKT is drawn by taniguchi2023 and wu2023 (same symbol), so both studies are listed.
    const wu = panel.getByRole('link', { name: 'wu2023', exact: true })
    await wu.waitFor()
    expect(await wu.getAttribute('href')).toBe('/study/wu2023?drugs=lorlatinib')
    expect(await panel.getByRole('link', { name: 'taniguchi2023', exact: true }).count()).toBe(1)
    await panel.getByRole('button', { name: 'Close' }).click()
    await panel.waitFor({ state: 'detached' })
  })

  it('the list view mirrors the diagram: node states in words and typed edges', async () => {
    await s.page.goto(`${base}/pathway/taniguchi2023?drugs=lorlatinib`)
    await node('ALK fusion, blocked').waitFor()
    await s.page.getByRole('button', { name: 'Show as list' }).click()
    const row = s.page.getByRole('table', { name: /nodes and their state/ }).getByRole('row', { name: /^ALK fusion/ })
    const rowText = await row.textContent()
    expect(rowText).toContain('blocked')
    expect(rowText).toContain('Lorlatinib acts on ALK fusion and switches it off')
    expect(
      await s.page
        .getByRole('table', { name: /edges/ })
        .getByRole('row', { name: /NRG1 .*binds.*HER3/ })
        .textContent(),
    ).toContain('resistant route, not active')
    expect(await axeViolations(s.page)).toEqual([])
  })

  it('mo2022: palbociclib in S6K1-amplified cells keeps G1/S on through CDK2', async () => {
    await s.page.goto(`${base}/pathway/mo2022?drugs=palbociclib&cond=s6k1-amp`)
    await node('CDK4/6, blocked').waitFor()
    expect(await node('Rb, held off via bypass').count()).toBe(1)
    expect(await node('G1/S entry and proliferation, active via bypass').count()).toBe(1)
  })

  it('combined with a drug: shared symbols appear once and name their studies', async () => {
    await s.page.goto(`${base}/pathway/combined?drugs=lorlatinib`)
    await node('AKT, dimmed, in taniguchi2023, wu2023').waitFor()
    expect(await s.page.getByRole('button', { name: /^AKT,/ }).count()).toBe(1)
    expect(await node('ALK fusion, blocked, in taniguchi2023').count()).toBe(1)
  })

  it('the combined diagram lays out with dagre, draws shared nodes once, and passes axe', async () => {
    await s.page.goto(`${base}/pathway/combined`)
    await s.page.getByRole('button', { name: 'AKT, normal, in taniguchi2023, wu2023' }).waitFor()
    expect(await s.page.locator('[data-layout="auto"]').count()).toBe(1)
    expect(await s.page.locator('[data-node="sym-akt"]').count()).toBe(1)
    expect(await axeViolations(s.page)).toEqual([])
    expect(s.errors).toEqual([])
  })

  it('exports the diagram as SVG and PNG files with title, drug and condition line, legend and source', async () => {
    await s.page.goto(`${base}/pathway/zhang2025?drugs=lapatinib&cond=persister`)
    await s.page.getByRole('button', { name: 'NRF2, active via bypass' }).waitFor()
    const [svg] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'SVG', exact: true }).click()])
    expect(svg.suggestedFilename()).toBe('pathway-zhang2025.svg')
    const text = readFileSync((await svg.path())!, 'utf8')
    expect(text).toContain('<title>zhang2025: ')
    expect(text).toMatch(/Drugs on: Lapatinib · Conditions on: [^<]*persist/i)
    expect(text).toContain('blocked: a drug acts on it and switches it off')
    expect(text).toContain('Source: zhang2025 · pathway curated from the text')
    expect(text).not.toContain('var(')
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'PNG', exact: true }).click()])
    expect(png.suggestedFilename()).toBe('pathway-zhang2025.png')
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG')
    expect(s.errors).toEqual([])
  })
})
