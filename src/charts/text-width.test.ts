import { describe, expect, it } from 'vitest'
import { fitKeepingUnit, fitText, textWidth } from './text-width'

// Node has no canvas, so these run the per-character fallback; the expected cuts are worked out by hand at 10 px a character.
describe('fitText without a canvas', () => {
  it('keeps a label that fits', () => {
    expect(fitText('abcde', 50, 'bold 17px sans-serif', 10)).toBe('abcde')
  })

  it('cuts to the longest start that fits with its ellipsis: 55 px holds 4 letters and "…"', () => {
    expect(fitText('abcdefghij', 55, 'bold 17px sans-serif', 10)).toBe('abcd…')
  })

  it('keeps at least one letter however narrow the room', () => {
    expect(fitText('abcdefghij', 5, undefined, 10)).toBe('a…')
  })

  it('measures characters times the fallback width', () => {
    expect(textWidth('abc', undefined, 8.4)).toBeCloseTo(25.2)
  })
})

// Same 10 px a character, by hand: "cell index (%)" is 14 characters, 140 px; the unit " (%)" is 4, 40 px.
describe('fitKeepingUnit without a canvas', () => {
  it('keeps a title that fits', () => {
    expect(fitKeepingUnit('cell index (%)', 140, undefined, 10)).toBe('cell index (%)')
  })

  it('cuts before the unit and keeps it: 100 px leaves 60 px for "cell …" (5 letters and the ellipsis)', () => {
    expect(fitKeepingUnit('cell index (%)', 100, undefined, 10)).toBe('cell … (%)')
  })

  it('cuts plainly when the unit would take over half the room', () => {
    expect(fitKeepingUnit('dose (µM, log scale)', 100, undefined, 10)).toBe('dose (µM,…')
  })

  it('cuts plainly when there is no trailing unit', () => {
    expect(fitKeepingUnit('cell index at the end', 60, undefined, 10)).toBe('cell …')
  })
})
