import { describe, expect, it } from 'vitest'
import { readFigParam, writeFigParam } from './figure-options'

describe('figure options in the URL', () => {
  it('reads series → tokens, skipping malformed entries and tokens', () => {
    expect([...readFigParam('pfs-s6k1:t36.table,pdx-growth:log,BAD:x,ok:<script>')]).toEqual([
      ['pfs-s6k1', ['t36', 'table']],
      ['pdx-growth', ['log']],
      ['ok', []],
    ])
  })

  it('writes one figure without touching the others, and drops a figure with no tokens', () => {
    expect(writeFigParam('a:log', 'b', ['table'])).toBe('a:log,b:table')
    expect(writeFigParam('a:log,b:table', 'a', [])).toBe('b:table')
  })
})
