import { describe, expect, it } from 'vitest'
import { figureGroups, groupOfAnchor, parseLocator } from './figure-groups'

describe('parseLocator', () => {
  it('reads a main figure panel', () => {
    expect(parseLocator('Fig. 6E')).toEqual({ group: 'fig-6', label: 'Fig. 6E', slug: 'fig-6e' })
  })
  it('prefers the main figure over the supplement and the text', () => {
    expect(parseLocator('Results: S6K1 amplification; Supplementary Fig. S2A; Fig. 2C').slug).toBe('fig-2c')
  })
  it('files supplementary panels together, with a range kept in the slug', () => {
    expect(parseLocator('Supplementary Fig. S3I–J; Results: IL8')).toEqual({ group: 'supplementary', label: 'Supplementary Fig. S3I–J', slug: 'fig-s3i-j' })
  })
  it('files a text-only source under the text', () => {
    expect(parseLocator('Abstract')).toEqual({ group: 'text', label: 'Abstract', slug: 'text' })
  })
})

describe('figureGroups', () => {
  const s = (locator: string, id: string) => ({ id, source: { locator } })
  it('orders groups as the paper does and gives each series a unique anchor', () => {
    const groups = figureGroups([s('Fig. 10A', 'a'), s('Supplementary Fig. 3A', 'b'), s('Fig. 2B', 'c'), s('Fig. 2B', 'd'), s('Results: x', 'e')])
    expect(groups.map((g) => g.label)).toEqual(['Fig. 2', 'Fig. 10', 'Supplementary figures', 'Stated in the text'])
    expect(groups[0]!.panels.map((p) => p.anchor)).toEqual(['fig-2b', 'fig-2b-2'])
    expect(groupOfAnchor(groups, 'fig-2b-2')?.id).toBe('fig-2')
    expect(groupOfAnchor(groups, 'fig-9z')).toBeUndefined()
  })
})
