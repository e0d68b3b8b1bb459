import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('quotes commas and quotes, leaves plain cells bare, and ends lines with CRLF', () => {
    const csv = toCsv({ columns: ['group', 'y', 'provenance'], rows: [['MCF-7, BCSC CM', 20, 'illustrative'], ['say "hi"', undefined, 'reported']] })
    expect(csv).toBe('group,y,provenance\r\n"MCF-7, BCSC CM",20,illustrative\r\n"say ""hi""",,reported\r\n')
  })
  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv({ columns: ['a'], rows: [['=1+1'], ['-0.3'], [-0.3]] })).toBe("a\r\n'=1+1\r\n-0.3\r\n-0.3\r\n")
  })
})
