import { describe, expect, it } from 'vitest'
import { calibrationOf, dataPoints, INITIAL, plotRegion, reduce, type Action, type DigitiseState } from './digitise-state'

const IMAGE = { url: 'data:image/png;base64,', width: 800, height: 500, name: 'f.png' }

function run(...actions: Action[]): DigitiseState {
  return actions.reduce(reduce, INITIAL)
}

const calibrated = run(
  { type: 'image', image: IMAGE },
  { type: 'ref', ref: 'x1', at: { px: 70, py: 430 } },
  { type: 'ref', ref: 'x2', at: { px: 770, py: 430 } },
  { type: 'ref', ref: 'y1', at: { px: 70, py: 430 } },
  { type: 'ref', ref: 'y2', at: { px: 70, py: 30 } },
  { type: 'value', ref: 'x1', text: '0' },
  { type: 'value', ref: 'x2', text: '30' },
  { type: 'value', ref: 'y1', text: '0' },
  { type: 'value', ref: 'y2', text: '1' },
)

describe('digitise state', () => {
  it('walks the clicks through x₁, x₂, y₁, y₂ and then adds points', () => {
    let s = run({ type: 'image', image: IMAGE })
    expect(s.mode).toEqual({ kind: 'calibrate', ref: 'x1' })
    for (const ref of ['x1', 'x2', 'y1'] as const) s = reduce(s, { type: 'ref', ref, at: { px: 1, py: 1 } })
    expect(s.mode).toEqual({ kind: 'calibrate', ref: 'y2' })
    s = reduce(s, { type: 'ref', ref: 'y2', at: { px: 1, py: 1 } })
    expect(s.mode).toEqual({ kind: 'add' })
  })

  it('says what calibration still needs, in order', () => {
    expect(calibrationOf(run({ type: 'image', image: IMAGE }))).toEqual({ problem: 'Click the two x-axis reference points on the image.' })
    expect(calibrationOf({ ...calibrated, values: { ...calibrated.values, x2: '' } })).toEqual({
      problem: 'Type the values printed at the two x-axis reference points.',
    })
    expect(calibrationOf({ ...calibrated, values: { ...calibrated.values, y2: 'one' } })).toEqual({
      problem: 'Type the values printed at the two y-axis reference points.',
    })
    expect(calibrationOf({ ...calibrated, yLog: true })).toEqual({ problem: 'y axis is logarithmic, so its reference values must be above 0 (got 0)' })
    expect(calibrationOf(calibrated)).toHaveProperty('calibration')
  })

  it('keeps points in pixels, so a corrected calibration re-reads them', () => {
    const s = run({ type: 'image', image: IMAGE }, { type: 'add-point', at: { px: 420, py: 230 } })
    const withRefs = { ...calibrated, curves: s.curves }
    const cal = (calibrationOf(withRefs) as { calibration: Parameters<typeof dataPoints>[0] }).calibration
    expect(dataPoints(cal, withRefs.curves[0]!)).toEqual([{ x: 15, y: 0.5 }])
    const months = { ...withRefs, values: { ...withRefs.values, x2: '60' } }
    const cal2 = (calibrationOf(months) as { calibration: Parameters<typeof dataPoints>[0] }).calibration
    expect(dataPoints(cal2, months.curves[0]!)[0]!.x).toBe(30)
  })

  it('corrects points of the active curve only: move, delete, replace', () => {
    let s = run(
      { type: 'add-point', at: { px: 1, py: 1 } },
      { type: 'add-point', at: { px: 2, py: 2 } },
      { type: 'active', index: 1 },
      { type: 'add-point', at: { px: 9, py: 9 } },
    )
    s = reduce(s, { type: 'move-point', index: 0, at: { px: 8, py: 8 } })
    expect(s.curves[1]!.points).toEqual([{ px: 8, py: 8 }])
    s = reduce(reduce(s, { type: 'active', index: 0 }), { type: 'delete-point', index: 0 })
    expect(s.curves[0]!.points).toEqual([{ px: 2, py: 2 }])
    expect(s.curves[1]!.points).toEqual([{ px: 8, py: 8 }])
  })

  it('a new image clears references and points but keeps the curve names', () => {
    const s = reduce(
      { ...calibrated, curves: [{ label: 'Control', colour: '#000000', points: [{ px: 1, py: 1 }] }] },
      { type: 'image', image: { ...IMAGE, name: 'g.png' } },
    )
    expect(s.refs).toEqual({})
    expect(s.curves).toEqual([{ label: 'Control', colour: '#000000', points: [] }])
  })

  it('traces the calibrated area, padded, out to the right edge', () => {
    expect(plotRegion(run({ type: 'image', image: IMAGE }))).toBeUndefined()
    expect(plotRegion(calibrated)).toEqual({ x0: 56, y0: 22, x1: 799, y1: 438 })
  })
})
