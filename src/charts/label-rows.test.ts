import { describe, expect, it } from 'vitest'
import { labelRows, stackRows } from './label-rows'

describe('labelRows', () => {
  it('keeps far-apart labels on the first row', () => {
    expect(labelRows([0.1, 10, 1000], [0.01, 10000], 600)).toEqual([0, 0, 0])
  })
  it('stacks labels that would overlap (3, 4 and 7 µM on a six-decade axis)', () => {
    expect(labelRows([7, 4, 3], [0.1, 1000], 600)).toEqual([2, 1, 0])
  })
  it('stacks on a linear axis too (two survival medians 30 px apart on a phone)', () => {
    expect(stackRows([40, 70, 300], 90)).toEqual([0, 1, 0])
  })
})

describe('stackRows with marks at different heights', () => {
  it('skips a row that would land on the label of a mark higher up', () => {
    // The second mark is 24 px lower: its first row up (26 px) would sit 2 px from the first label.
    expect(stackRows([100, 150], 88, [100, 124], 26)).toEqual([0, 2])
  })
  it('leaves labels alone when their marks are far apart in height', () => {
    expect(stackRows([100, 150], 88, [100, 200], 26)).toEqual([0, 0])
  })
})
