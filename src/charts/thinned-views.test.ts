import { describe, expect, it } from 'vitest'
import type { DoseResponseSeries, GrowthSeries, SurvivalSeries } from '../domain/schema/series'
import { doseCsv, doseView } from './dose/model'
import { DOSE, GROWTH, SURVIVAL } from './fixtures.test-data'
import { growthCsv, growthView } from './growth/model'
import { survivalChart } from './survival'
import { survivalCsv, survivalView } from './survival/model'
import { study } from '../test/ids'

// Big series draw thinned marks and say so; their CSV keeps every point. The drawn counts are worked out by hand
// from how each series is generated (see the comment on each), not taken from a run of the code.
const at = { study: study('demo2024'), locator: 'Fig. 9' }
const datum = (x: number, y: number) => ({ x, y, provenance: 'illustrative' as const, source: at })
const csvRows = (rows: readonly (readonly unknown[])[], label: string) => rows.filter((r) => r[3] === label).length

describe('big survival curves', () => {
  // 2,000 points at t = 0…1999 whose value falls every 4th point: 500 distinct steps. A step curve draws the
  // same without the repeats, so it keeps the first of each run (t = 0, 4, …, 1996: 500 points) and the last (t = 1999).
  const series: SurvivalSeries = {
    ...SURVIVAL,
    arms: [{ id: 'a', label: 'Arm A', agents: [], points: Array.from({ length: 2000 }, (_, i) => datum(i, 1 - Math.floor(i / 4) / 500)) }],
  }

  it('draw every change of value and say how many were drawn', () => {
    const view = survivalView(series, ['shown'], 2000)
    const arm = view.arms[0]!
    expect(arm.curve).toHaveLength(2000)
    expect(arm.drawn.curve).toHaveLength(501)
    expect(arm.drawn.curve.at(-1)).toEqual({ t: 1999, s: 1 - 499 / 500 })
    expect(view.thinned).toBe('drawn 501 of 2,000 curve points')
  })

  it('say so in the caption of an exported image too', () => {
    const view = survivalView(series, ['shown'], 2000)
    expect(survivalChart.exportText(view, series).caption).toContain('Chart drawn 501 of 2,000 curve points; the table and CSV hold all.')
  })

  it('keep every point in the CSV', () => {
    const view = survivalView(series, ['shown'], 2000)
    expect(csvRows(survivalCsv(view, 'demo2024', 'Fig. 9', 'S').rows, 'Arm A')).toBe(2000)
  })

  it('leave small curves as they are', () => {
    const view = survivalView(SURVIVAL, ['shown', 'shown'])
    expect(view.thinned).toBeUndefined()
    expect(view.arms[0]!.drawn.curve).toBe(view.arms[0]!.curve)
  })
})

describe('big growth arms', () => {
  // 1,000 points on the straight line v = t, t = 0…999, in 96 columns: each column holds 10 or 11 points and keeps
  // its lowest (first) and highest (last), so 2 × 96 = 192 points, which include both ends.
  const series: GrowthSeries = {
    ...GROWTH,
    arms: [{ id: 'a', label: 'Arm A', agents: [], points: Array.from({ length: 1000 }, (_, i) => datum(i, i)) }],
  }

  it('draw the low and high point of each pixel column and say so', () => {
    const view = growthView(series, ['shown'], false, { relative: false, logScale: false })
    const arm = view.arms[0]!
    expect(arm.drawn).toHaveLength(192)
    expect([arm.drawn[0]!.t, arm.drawn.at(-1)!.t]).toEqual([0, 999])
    expect(view.thinned).toBe('drawn 192 of 1,000 points')
    expect(csvRows(growthCsv(view, 'demo2024', 'Fig. 9', 'G').rows, 'Arm A')).toBe(1000)
  })

  it('leave small arms as they are', () => {
    const view = growthView(GROWTH, ['shown', 'shown'], false, { relative: false, logScale: false })
    expect(view.thinned).toBeUndefined()
  })
})

describe('big dose-response curves', () => {
  // 2,000 points cycling over 4 (dose, viability) pairs: (1, 40), (10, 60), (100, 40), (1000, 60). On the 24 × 16
  // grid over log dose 0–3 and viability 40–60 they fall in 4 cells, so 4 points are drawn.
  const series: DoseResponseSeries = {
    ...DOSE,
    curves: [{ ...DOSE.curves[0]!, points: Array.from({ length: 2000 }, (_, i) => datum(10 ** (i % 4), i % 2 ? 60 : 40)) }],
  }

  it('draw one point per grid cell and say so; the CSV keeps all', () => {
    const view = doseView(series, ['shown'], false)
    const curve = view.curves[0]!
    expect(curve.drawn.map((p) => [p.x, p.y])).toEqual([
      [1, 40],
      [10, 60],
      [100, 40],
      [1000, 60],
    ])
    expect(view.thinned).toBe('drawn 4 of 2,000 points')
    expect(csvRows(doseCsv(view, 'demo2024', 'Fig. 9', 'D').rows, 'Parental')).toBe(2000)
  })
})

describe('dose-response lines', () => {
  it('are made once per curve, so a toggle does not refit thousands of points', () => {
    // The resistant curve has points and no Hill slope, so its line is a least-squares fit.
    const first = doseView(DOSE, ['shown', 'shown'], false)
    const again = doseView(DOSE, ['hidden', 'shown'], false)
    expect(first.curves[1]!.model).toMatch(/^4PL least-squares fit/)
    expect(again.curves[0]!.line).toBe(first.curves[1]!.line)
  })
})
