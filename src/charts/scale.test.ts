import { describe, expect, it } from 'vitest'
import { decadeDomain, formatDose, logTicks, niceTicks, readableId } from './scale'

// Expected values worked by hand: decades between the bounds, and 1–2–2.5–5 steps.
describe('axis helpers', () => {
  it('gives one tick per decade, or every other decade past eight', () => {
    expect(logTicks(0.01, 100)).toEqual([0.01, 0.1, 1, 10, 100])
    expect(logTicks(1e-4, 1e6)).toEqual([1e-4, 0.01, 1, 100, 1e4, 1e6])
  })
  it('widens a domain to whole decades', () => {
    expect(decadeDomain([0.03, 3])).toEqual([0.01, 10])
    expect(decadeDomain([10])).toEqual([10, 100])
    expect(decadeDomain([])).toEqual([0.01, 100])
  })
  it('writes doses without exponents', () => {
    expect(formatDose(0.0001)).toBe('0.0001')
    expect(formatDose(0.03)).toBe('0.03')
    expect(formatDose(1000)).toBe('1000')
  })
  it('makes round linear ticks', () => {
    expect(niceTicks(28)).toEqual([0, 5, 10, 15, 20, 25, 30])
    expect(niceTicks(192)).toEqual([0, 50, 100, 150, 200])
    expect(niceTicks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1])
  })
  it('makes ids readable', () => expect(readableId('akt-inhibitor-iv')).toBe('Akt inhibitor iv'))
})
