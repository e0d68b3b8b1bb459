import { describe, expect, it } from 'vitest'
import { WATERFALL } from '../fixtures.test-data'
import { waterfallCsv, waterfallTable, waterfallView } from './model'

describe('waterfallView', () => {
  it('sorts bars largest first and colours them by category in order of appearance', () => {
    const v = waterfallView(WATERFALL, ['shown', 'shown', 'shown'], false)
    expect(v.bars.map((b) => b.id)).toEqual(['m2', 'm3', 'm1'])
    expect(v.categories).toEqual(['treated', 'vehicle'])
    expect(v.bars.map((b) => b.colourIndex)).toEqual([1, 0, 0])
    expect(v.thresholds).toEqual([{ value: -30, label: 'partial response', provenance: 'reported' }])
  })

  it('marks illustrative numbers with "~" and hides them with the switch', () => {
    expect(waterfallView(WATERFALL, ['shown', 'shown', 'shown'], false).bars.find((b) => b.id === 'm3')!.text).toBe('~10')
    const hidden = waterfallView(WATERFALL, ['shown', 'shown', 'shown'], true)
    expect(hidden.bars.map((b) => b.id)).toEqual(['m2', 'm1'])
    expect(hidden.hiddenIllustrative).toBe(1)
  })

  it('leaves out bars the toggles hide', () => {
    expect(waterfallView(WATERFALL, ['shown', 'hidden', 'emphasised'], false).bars.map((b) => [b.id, b.emphasised])).toEqual([
      ['m3', true],
      ['m1', false],
    ])
  })

  it('exports one CSV row per bar in drawn order', () => {
    const csv = waterfallCsv(waterfallView(WATERFALL, ['shown', 'shown', 'shown'], false), 'demo2024', 'Fig. 4A', 'wf')
    expect(csv.rows.map((r) => [r[3], r[6], r[10]])).toEqual([
      ['Mouse 2', 55, 'reported'],
      ['Mouse 3', 10, 'illustrative'],
      ['Mouse 1', -40, 'reported'],
    ])
  })
})

describe('waterfallTable', () => {
  it('gives the "Show as table" view one row per bar, largest first, with category, provenance and source', () => {
    const t = waterfallTable(waterfallView(WATERFALL, ['shown', 'shown', 'shown'], false))
    expect(t.columns).toEqual(['Model', 'change in volume from day 0 (%)', 'Category', 'Provenance', 'Source'])
    expect(t.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Mouse 2', '55', 'vehicle', 'reported', 'Fig. 4A'],
      ['Mouse 3', '~10', 'treated', 'illustrative', 'Fig. 4A'],
      ['Mouse 1', '-40', 'treated', 'reported', 'Fig. 4A'],
    ])
  })
})
