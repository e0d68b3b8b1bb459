import { describe, expect, it } from 'vitest'
import { fitText, textWidth } from './text-width'

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
