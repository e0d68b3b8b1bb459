import { describe, expect, it } from 'vitest'
import lungMonths from './fixtures/cox-lung-months.json'
import lungSex from './fixtures/cox-lung-sex.json'
import exactHalf from './fixtures/km-exact-half.json'
import tiesCensoring from './fixtures/km-ties-censoring.json'
import unequalArms from './fixtures/km-unequal-arms.json'
import { kaplanMeier, type SurvivalObservation } from './kaplanMeier'
import { medianWithCi } from './kmMedian'

// Expected: summary(survfit(...))$table median, 0.95LCL, 0.95UCL (log CI, R's default) from
// R 4.2.2 / survival 3.5.3 via fixtures/make-fixtures.R. Times are data times or midpoints of
// two, so they must match exactly (1e-12).

interface Fixture {
  name: string
  data: { time: number[]; status: number[]; group: (string | number)[] }
  groups: Record<string, { median: number | null; 'median.lower': number | null; 'median.upper': number | null }>
}

const FIXTURES = [tiesCensoring, unequalArms, exactHalf, lungSex, lungMonths] as unknown as Fixture[]
const CASES = FIXTURES.flatMap((fx) => Object.keys(fx.groups).map((g) => ({ label: `${fx.name} / ${g}`, fx, g })))

function arm(fx: Fixture, g: string): SurvivalObservation[] {
  return fx.data.time.flatMap((time, i) => (String(fx.data.group[i]) === g ? [{ time, event: fx.data.status[i] as 0 | 1 }] : []))
}

function expectSame(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull()
  else expect(actual).toBeCloseTo(expected, 12)
}

describe.each(CASES)('median and 95 % CI vs R survfit: $label', ({ fx, g }) => {
  it('matches median, lower and upper', () => {
    const r = fx.groups[g]!
    const m = medianWithCi(kaplanMeier(arm(fx, g)))
    expectSame(m.median, r.median)
    expectSame(m.lower, r['median.lower'])
    expectSame(m.upper, r['median.upper'])
  })
})

it('the fixtures include a finite upper limit (so the upper band is exercised)', () => {
  expect(CASES.some(({ fx, g }) => fx.groups[g]!['median.upper'] !== null)).toBe(true)
})
