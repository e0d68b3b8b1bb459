import { describe, expect, it } from 'vitest'
import { DIGITISER_TOOL, digitisedData, digitisedSeries, GUYOT_MODEL, isoToday, reconstructSurvival, type ReconstructionInput } from './digitised'
import { kaplanMeier, numberAtRisk } from './models/kaplanMeier'
import { mulberry32, simulateArm, stepCorners } from './models/survivalSim.test-data'

const REF = { study: 'smith2024', locator: 'Fig. 2A', date: '2026-12-02' }

describe('digitised points', () => {
  it('are digitized data naming the tool, date and figure', () => {
    const [d] = digitisedData([{ x: 1.5, y: 0.8 }], REF)
    expect(d).toEqual({
      x: 1.5,
      y: 0.8,
      provenance: 'digitized',
      source: { study: 'smith2024', locator: 'Fig. 2A' },
      digitization: { tool: DIGITISER_TOOL, date: '2026-12-02' },
    })
  })

  it('refuse a missing figure locator or a malformed study id, saying which', () => {
    expect(() => digitisedData([{ x: 1, y: 1 }], { ...REF, locator: '' })).toThrow(/locator: a figure\/panel or section is required/)
    expect(() => digitisedData([{ x: 1, y: 1 }], { ...REF, study: 'Smith' })).toThrow(/study: a study id like/)
    expect(() => digitisedData([{ x: 1, y: 1 }], { ...REF, date: '2/12/2026' })).toThrow()
  })

  it('dates the digitisation as YYYY-MM-DD', () => {
    expect(isoToday(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})

describe('reconstructSurvival', () => {
  const rand = mulberry32(21)
  const times = [0, 6, 12, 18, 24]
  const [a, b] = [simulateArm(rand, 100, 8, 30), simulateArm(rand, 100, 14, 30)]
  const capture = (data: typeof a, label: string) => ({ label, points: stepCorners(kaplanMeier(data).curve, 0.05, 0.002), nRisk: numberAtRisk(data, times) })
  const input: ReconstructionInput = {
    ref: REF,
    title: 'Progression-free survival (reconstructed)',
    endpoint: 'PFS',
    timeUnit: 'months',
    printedTimes: times,
    arms: [capture(a, 'Control'), capture(b, 'Drug')],
    reported: { value: 0.55, lower: 0.4, upper: 0.76, p: 0.001, pRelation: '<', locator: 'Fig. 2A' },
  }
  const rec = reconstructSurvival(input)

  it('labels every reconstructed time derived, by the Guyot model', () => {
    const subjects = rec.series.arms.flatMap((arm) => arm.subjects ?? [])
    expect(subjects).toHaveLength(200)
    for (const s of subjects) {
      expect(s.time.provenance).toBe('derived')
      expect(s.time.derivation?.model).toBe(GUYOT_MODEL)
    }
  })

  it('keeps the paper HR reported, at its locator, and compares arm 2 against arm 1', () => {
    expect(rec.series.hazardRatio).toMatchObject({
      value: 0.55,
      provenance: 'reported',
      source: { locator: 'Fig. 2A' },
      ci: { lower: 0.4, upper: 0.76 },
      p: { relation: '<', value: 0.001 },
    })
    expect(rec.series.comparison).toEqual({ arm: 'arm-2', reference: 'arm-1' })
    // The drug arm has the longer median, so its hazard is lower.
    expect(rec.cox.hr).toBeLessThan(1)
    expect(rec.logRank.p).toBeLessThan(0.05)
  })

  it('reports medians with CIs and the estimated numbers at risk', () => {
    for (const arm of rec.arms) {
      expect(arm.median.median).not.toBeNull()
      expect(arm.median.lower!).toBeLessThanOrEqual(arm.median.median!)
      expect(arm.guyot.estimatedNRisk).toEqual(arm.printedNRisk)
    }
  })

  it('names the arm whose input is wrong', () => {
    expect(() => reconstructSurvival({ ...input, arms: [input.arms[0], { ...input.arms[1], nRisk: [100, 60] }] })).toThrow(/^Drug: the number-at-risk table/)
  })
})

describe('digitisedSeries: captured points as a drawable series', () => {
  const curves = [
    {
      label: 'Parental',
      points: [
        { x: 0.01, y: 98 },
        { x: 0.1, y: 80 },
        { x: 1, y: 30 },
      ],
    },
    {
      label: 'Resistant',
      points: [
        { x: 0.01, y: 99 },
        { x: 1, y: 85 },
      ],
    },
  ]
  const labels = { title: 'Viability after drug', xUnit: 'µM', yUnit: '%' }

  it.each(['dose-response', 'growth'] as const)('%s: every point digitized, one group per curve', (kind) => {
    const s = digitisedSeries(kind, curves, REF, labels)
    expect(s.kind).toBe(kind)
    const groups = 'curves' in s ? s.curves : 'arms' in s ? s.arms : []
    expect(groups.map((g) => g.label)).toEqual(['Parental', 'Resistant'])
    const points = groups.flatMap((g) => ('points' in g ? (g.points ?? []) : []))
    expect(points).toHaveLength(5)
    expect(points.every((p) => p.provenance === 'digitized' && p.digitization?.tool === DIGITISER_TOOL)).toBe(true)
  })

  it('bar: one digitized value per clicked bar, left to right', () => {
    const s = digitisedSeries(
      'bar',
      [
        {
          label: 'Colonies',
          points: [
            { x: 2, y: 40 },
            { x: 1, y: 100 },
          ],
        },
      ],
      REF,
      { ...labels, yUnit: 'count' },
    )
    expect(s.kind).toBe('endpoint')
    const groups = s.kind === 'endpoint' ? s.groups : []
    expect(groups.map((g) => [g.id, g.value.value, g.value.provenance])).toEqual([
      ['colonies-1', 100, 'digitized'],
      ['colonies-2', 40, 'digitized'],
    ])
  })

  it('says what is missing', () => {
    expect(() => digitisedSeries('growth', [{ label: 'A', points: [] }], REF, labels)).toThrow('capture at least one point first')
    expect(() => digitisedSeries('growth', curves, REF, { ...labels, yUnit: '' })).toThrow(/^unit: /)
    expect(() => digitisedSeries('bar', curves, REF, { ...labels, title: 'ab' })).toThrow(/^title: /)
  })
})
