import { describe, expect, it } from 'vitest'
import { weakest } from './provenance'

describe('weakest provenance', () => {
  it('keeps reported when every input is reported', () => expect(weakest(['reported', 'reported'])).toBe('reported'))
  it('reported + derived → derived', () => expect(weakest(['reported', 'derived'])).toBe('derived'))
  it('anything + illustrative → illustrative', () => {
    expect(weakest(['reported', 'illustrative'])).toBe('illustrative')
    expect(weakest(['illustrative', 'derived'])).toBe('illustrative')
  })
  it('digitized sits between reported and derived', () => {
    expect(weakest(['reported', 'digitized'])).toBe('digitized')
    expect(weakest(['digitized', 'derived'])).toBe('derived')
  })
  it('refuses an empty list', () => expect(() => weakest([])).toThrow(RangeError))
})
