import { describe, expect, it } from 'vitest'
import { drawnOf, thinScatter } from './downsample'

describe('thinScatter', () => {
  it('returns small inputs untouched', () => {
    const pts = [{ x: 1, y: 2 }]
    expect(thinScatter(pts)).toBe(pts)
  })

  it('keeps one point per grid cell, the first, and the extremes', () => {
    // 10,000 points on a 100 × 100 lattice, thinned on a 10 × 10 grid: one per cell.
    const pts = Array.from({ length: 10_000 }, (_, i) => ({ x: i % 100, y: Math.floor(i / 100) }))
    const out = thinScatter(pts, 10, 10, 100)
    expect(out).toHaveLength(100)
    expect(out[0]).toBe(pts[0])
    expect(out).toContainEqual({ x: 90, y: 90 })
  })
})

describe('drawnOf', () => {
  it('says how many were drawn only when thinned', () => {
    expect(drawnOf(1234, 10_000)).toBe('drawn 1,234 of 10,000 points')
    expect(drawnOf(5, 5)).toBeUndefined()
  })
})
