import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('quotes commas and quotes, leaves plain cells bare, and ends lines with CRLF', () => {
    const csv = toCsv({
      columns: ['group', 'y', 'provenance'],
      rows: [
        ['MCF-7, BCSC CM', 20, 'illustrative'],
        ['say "hi"', undefined, 'reported'],
      ],
    })
    expect(csv).toBe('group,y,provenance\r\n"MCF-7, BCSC CM",20,illustrative\r\n"say ""hi""",,reported\r\n')
  })
  it('defuses every text cell a spreadsheet would run (= + - @ TAB CR, digits after - too) and keeps numbers as numbers', () => {
    const rows = [['=1+1'], ["-2+3+cmd|' /C calc'!A0"], ['+1'], ['@SUM(A1)'], ['\tx'], ['\rx'], [-0.3], [12]]
    expect(toCsv({ columns: ['a'], rows })).toBe("a\r\n'=1+1\r\n'-2+3+cmd|' /C calc'!A0\r\n'+1\r\n'@SUM(A1)\r\n'\tx\r\n\"'\rx\"\r\n-0.3\r\n12\r\n")
  })
})
