import { describe, expect, it } from 'vitest'
import { coxTwoGroups } from './cox'
import { reconstructIpd, cleanDigitisedCurve } from './guyot'
import { kaplanMeier, numberAtRisk, type SurvivalObservation } from './kaplanMeier'
import { medianWithCi } from './kmMedian'
import { columnTrace, mulberry32, simulateArm, stepCorners } from './survivalSim.test-data'

describe('Guyot reconstruction: exact cases', () => {
  it('recovers uncensored patients exactly from their KM corners', () => {
    const data: SurvivalObservation[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((time) => ({ time, event: true }))
    const km = kaplanMeier(data)
    const res = reconstructIpd({ points: stepCorners(km.curve, 0.01, 0.001), risk: { times: [0, 5], nRisk: [10, 6] } })
    expect(res.subjects.map((s) => [s.time, s.event])).toEqual(data.map((s) => [s.time, true]))
    expect(res.estimatedNRisk).toEqual([10, 6])
    expect(res.totalEvents).toBe(10)
  })

  it('finds censorings the curve cannot show from the fall in the number at risk', () => {
    // 10 patients, 2 censored at 1.5 and 2.5, events at 1, 2, 3, 4; at risk 10 at t = 0, 4 at t = 3.
    const data: SurvivalObservation[] = [
      { time: 1, event: true },
      { time: 1.5, event: false },
      { time: 2, event: true },
      { time: 2.5, event: false },
      { time: 3, event: true },
      { time: 4, event: true },
      ...Array.from({ length: 4 }, () => ({ time: 5, event: false })),
    ]
    const km = kaplanMeier(data)
    const risk = { times: [0, 3], nRisk: numberAtRisk(data, [0, 3]) }
    const res = reconstructIpd({ points: [...stepCorners(km.curve, 0.01, 1e-6), { t: 5, s: km.curve.at(-1)!.s }], risk })
    expect(res.estimatedNRisk).toEqual(risk.nRisk)
    expect(res.subjects.filter((s) => s.event).map((s) => s.time)).toEqual([1, 2, 3, 4])
    expect(res.subjects.filter((s) => !s.event && s.time < 3)).toHaveLength(2)
    expect(res.subjects).toHaveLength(10)
  })

  it('uses the total number of events to set censoring in the last interval', () => {
    const rand = mulberry32(7)
    const data = simulateArm(rand, 120, 10, 30)
    const km = kaplanMeier(data)
    const times = [0, 5, 10]
    const points = stepCorners(km.curve, 0.05, 0.002)
    const total = data.filter((d) => d.event).length
    const withTotal = reconstructIpd({ points, risk: { times, nRisk: numberAtRisk(data, times) }, totalEvents: total })
    expect(Math.abs(withTotal.totalEvents - total)).toBeLessThanOrEqual(1)
    expect(withTotal.subjects).toHaveLength(120)
  })

  it('cleans digitised points: sorted, clamped, never rising', () => {
    expect(
      cleanDigitisedCurve([
        { t: 2, s: 0.5 },
        { t: 1, s: 1.02 },
        { t: 3, s: 0.52 },
        { t: 4, s: -0.01 },
      ]),
    ).toEqual([
      { t: 0, s: 1 },
      { t: 1, s: 1 },
      { t: 2, s: 0.5 },
      { t: 3, s: 0.5 },
      { t: 4, s: 0 },
    ])
  })

  it('rejects bad input with a clear message', () => {
    const points = [{ t: 1, s: 0.8 }]
    expect(() => reconstructIpd({ points: [], risk: { times: [0], nRisk: [10] } })).toThrow(/at least one/)
    expect(() => reconstructIpd({ points, risk: { times: [0, 2], nRisk: [10] } })).toThrow(/one count per printed time/)
    expect(() => reconstructIpd({ points, risk: { times: [0, 2], nRisk: [10, 12] } })).toThrow(/can only fall/)
    expect(() => reconstructIpd({ points, risk: { times: [2, 0], nRisk: [10, 5] } })).toThrow(/must increase/)
    expect(() => reconstructIpd({ points, risk: { times: [1.5], nRisk: [10] } })).toThrow(/falls before the first printed time/)
    expect(() => reconstructIpd({ points, risk: { times: [0], nRisk: [10.5] } })).toThrow(/whole number/)
  })
})

// Round trip: simulate a trial, draw its KM, digitise it at pixel resolution (0.05 month,
// S to 0.002: an 800 × 500 px plot of 40 months), print numbers at risk every 6 months, reconstruct.
const T_STEP = 0.05
const S_STEP = 0.002
const PRINTED = [0, 6, 12, 18, 24, 30, 36]

describe.each([1, 2, 3, 4, 5])('Guyot round trip, seed %i (HR 0.6, 200 + 200 patients)', (seed) => {
  const rand = mulberry32(seed)
  const control = simulateArm(rand, 200, 12, 40)
  const treated = simulateArm(rand, 200, 20, 40)
  const arms = [control, treated].map((data) => {
    const km = kaplanMeier(data)
    const rec = reconstructIpd({
      points: stepCorners(km.curve, T_STEP, S_STEP),
      risk: { times: PRINTED, nRisk: numberAtRisk(data, PRINTED) },
    })
    return { data, km, rec }
  })

  it('reproduces the printed numbers at risk and the arm sizes', () => {
    for (const a of arms) {
      expect(a.rec.subjects).toHaveLength(a.data.length)
      const printed = numberAtRisk(a.data, PRINTED).filter((_, i) => PRINTED[i]! <= a.km.curve.at(-1)!.t)
      expect(a.rec.estimatedNRisk.slice(0, printed.length)).toEqual(printed)
    }
  })

  it('gives back the HR within 5 % of the HR fitted on the original patients', () => {
    const original = coxTwoGroups(control, treated)
    const rebuilt = coxTwoGroups(arms[0]!.rec.subjects, arms[1]!.rec.subjects)
    expect(Math.abs(rebuilt.hr / original.hr - 1)).toBeLessThan(0.05)
  })

  it('gives back each median within one KM time step', () => {
    for (const a of arms) {
      const orig = medianWithCi(a.km).median!
      const rebuilt = medianWithCi(kaplanMeier(a.rec.subjects)).median!
      // One time step = the gap from the original median's event time to its neighbouring event
      // time (an S error of one event moves the median to the next step), plus one pixel of snapping.
      const eventTimes = a.km.steps.filter((st) => st.nEvent > 0).map((st) => st.t)
      const j = eventTimes.indexOf(orig)
      expect(j).toBeGreaterThan(0)
      const step = Math.max(orig - eventTimes[j - 1]!, eventTimes[j + 1]! - orig)
      expect(Math.abs(rebuilt - orig)).toBeLessThanOrEqual(step + T_STEP)
    }
  })
})

describe.each([11, 12, 13])('Guyot round trip from a per-column colour trace, seed %i', (seed) => {
  it('gives back the HR within 5 %', () => {
    const rand = mulberry32(seed)
    const control = simulateArm(rand, 150, 10, 40)
    const treated = simulateArm(rand, 150, 16, 40)
    const [a, b] = [control, treated].map((data) =>
      reconstructIpd({ points: columnTrace(kaplanMeier(data).curve, T_STEP, S_STEP), risk: { times: PRINTED, nRisk: numberAtRisk(data, PRINTED) } }),
    )
    const original = coxTwoGroups(control, treated)
    const rebuilt = coxTwoGroups(a!.subjects, b!.subjects)
    expect(Math.abs(rebuilt.hr / original.hr - 1)).toBeLessThan(0.05)
  })
})

describe.each([31, 32, 33])('Guyot round trip with ±1 pixel reading noise, seed %i', (seed) => {
  it('still gives back the HR within 5 % and the printed numbers at risk', () => {
    const rand = mulberry32(seed)
    const control = simulateArm(rand, 200, 12, 40)
    const treated = simulateArm(rand, 200, 20, 40)
    // Each click lands up to a pixel either way in t and S, so points may even run backwards.
    const noise = mulberry32(seed + 100)
    const jitter = (pts: { t: number; s: number }[]) => pts.map((p) => ({ t: p.t + (noise() - 0.5) * 2 * T_STEP, s: p.s + (noise() - 0.5) * 2 * S_STEP }))
    const [a, b] = [control, treated].map((data) =>
      reconstructIpd({ points: jitter(stepCorners(kaplanMeier(data).curve, T_STEP, S_STEP)), risk: { times: PRINTED, nRisk: numberAtRisk(data, PRINTED) } }),
    )
    expect(a!.estimatedNRisk).toEqual(numberAtRisk(control, PRINTED))
    expect(b!.estimatedNRisk).toEqual(numberAtRisk(treated, PRINTED))
    expect(Math.abs(coxTwoGroups(a!.subjects, b!.subjects).hr / coxTwoGroups(control, treated).hr - 1)).toBeLessThan(0.05)
  })
})
