import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { studyIds } from '../scripts/mock-files'
import { axeViolations, browserSession, chartNamed, clearStudySelection, openFigureGroups } from './browser'

const base = inject('baseUrl')

const STUDIES = studyIds()
const seriesOf = (id: string): { title: string; kind: string }[] => JSON.parse(readFileSync(`mock-data/${id}/series.json`, 'utf8'))

/** One chart per kind, used for the export checks and the screenshots. */
const SAMPLES = [
  { kind: 'survival', study: 'mo2022', title: 'Progression-free survival on palbociclib by S6K1 expression' },
  { kind: 'dose-response', study: 'taniguchi2023', title: 'Lorlatinib response of H3122 and H3122LR, with HER3 blocked' },
  { kind: 'growth', study: 'mo2022', title: 'S6K1-amplified PDX: palbociclib alone and with an mTOR inhibitor' },
  { kind: 'endpoint', study: 'wu2023', title: 'Colony formation under tamoxifen in control vs BCSC CM' },
  { kind: 'correlation', study: 'mo2022', title: 'S6K1 vs cyclin E1 staining by multiplex immunofluorescence' },
]

const ses = browserSession(undefined, { acceptDownloads: true })

describe('charts in Chromium', () => {
  for (const id of STUDIES)
    it(`${id}: every series draws as a chart, no console ses.errors, axe clean`, async () => {
      const series = seriesOf(id)
      await ses.page.goto(`${base}/study/${id}`)
      await ses.page.locator('figure.chart').first().waitFor()
      // The opening step selects some groups only; clear it so every series draws in full.
      await clearStudySelection(ses.page)
      // The Study view groups every series by paper figure, collapsed: open them all, then each series has its anchor and chart.
      await openFigureGroups(ses.page)
      await expect.poll(() => ses.page.locator('.fig-anchor').count()).toBe(series.length)
      for (const s of series) {
        const fig = ses.page.locator('.fig-anchor').getByRole('figure', { name: s.title, exact: true }).first()
        await fig.locator('svg.recharts-surface').first().waitFor()
      }
      expect(await ses.page.getByRole('alert').count()).toBe(0)
      expect(await ses.page.getByText(/^Not drawn/).count()).toBe(0)
      expect(await axeViolations(ses.page)).toEqual([])
      expect(ses.errors).toEqual([])
    })

  for (const s of SAMPLES)
    it(`${s.kind}: PNG, SVG and CSV exports download with title, caption and provenance`, async () => {
      await ses.page.goto(`${base}/study/${s.study}`)
      const fig = await chartNamed(ses.page, s.title)
      await fig.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      const get = async (format: string) => {
        const [download] = await Promise.all([ses.page.waitForEvent('download'), fig.getByRole('button', { name: format, exact: true }).click()])
        const path = await download.path()
        return { name: download.suggestedFilename(), body: readFileSync(path!) }
      }
      const svg = await get('SVG')
      expect(svg.name).toMatch(new RegExp(`^${s.study}-.+\\.svg$`))
      const svgText = svg.body.toString('utf8')
      expect(svgText).toContain(`<title>${s.title.replace(/&/g, '&amp;')}</title>`)
      expect(svgText).toContain(`Source: ${s.study}`)
      expect(svgText).not.toContain('var(--')
      expect(svgText).toMatch(/reported|illustrative/)
      const csv = (await get('CSV')).body.toString('utf8')
      expect(csv.split('\r\n')[0]).toBe('study,figure,chart,group,x,x_unit,y,y_unit,qualifier,spread,provenance,source,model')
      expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^${s.study},`))
      const png = await get('PNG')
      expect(png.name).toMatch(/\.png$/)
      expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(png.body.length).toBeGreaterThan(5000)
      expect(ses.errors).toEqual([])
    })

  it('the illustrative switch hides illustrative marks and says so where nothing is left', async () => {
    await ses.page.goto(`${base}/study/wu2023`)
    await chartNamed(ses.page, 'IL8 tracks CTNNB1 in TCGA breast tumours')
    await clearStudySelection(ses.page)
    await ses.page.getByRole('button', { name: /Hide illustrative/ }).click()
    await ses.page.getByRole('region', { name: 'IL8 tracks CTNNB1 in TCGA breast tumours' }).waitFor()
    expect(await (await chartNamed(ses.page, 'Repertaxin cuts lung metastatic burden by 70%')).isVisible()).toBe(true)
    expect(await axeViolations(ses.page)).toEqual([])
    expect(ses.errors).toEqual([])
  })

  // Screenshots for docs/: SHOOT=1 writes docs/screenshots/chart-<kind>-<theme>.png (element shots, 1280 wide).
  it.runIf(process.env.SHOOT)('screenshots of each chart kind, light and dark', async () => {
    for (const s of SAMPLES)
      for (const theme of ['light', 'dark']) {
        const p = await ses.browser.newPage({ viewport: { width: 1280, height: 900 } })
        await p.goto(`${base}/study/${s.study}?theme=${theme}`)
        const fig = await chartNamed(p, s.title)
        await fig.screenshot({ path: `docs/screenshots/chart-${s.kind}-${theme}.png` })
        await p.close()
      }
  })
})
