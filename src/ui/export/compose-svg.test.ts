import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text'
import { composeSvg, wrap } from './compose-svg'
import { LIGHT_PALETTE } from './palette'

const doc = {
  title: 'Bad\u0007 label \u202Eevil',
  subtitle: 'Drugs on: palbociclib',
  legend: [{ label: 'Arm <a>', colour: 'var(--c1)', provenance: 'illustrative' as const }],
  provenance: ['illustrative' as const],
  caption: 'Caption & more',
  source: 'demo2024 · Fig. 1',
}

describe('composeSvg', () => {
  it('writes valid XML even from control and bidi-override characters, with every var() resolved from the one palette', () => {
    const svg = composeSvg(doc, [], () => '')
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(parsed.querySelector('parsererror')).toBeNull()
    expect(parsed.querySelector('title')!.textContent).toBe('Bad label evil')
    const text = [...parsed.querySelectorAll('text')].map((t) => t.textContent).join('\n')
    expect(text).toContain('Arm <a> · drawn: illustrative')
    expect(text).toContain('Drugs on: palbociclib')
    expect(text).toContain('illustrative — not measured')
    expect(text).toContain('Source: demo2024 · Fig. 1')
    expect(svg).not.toContain('var(')
    expect(svg).toContain(LIGHT_PALETTE['--c1'])
  })
})

describe('the palette', () => {
  it('reads the light colours from palette.css', () => {
    expect(LIGHT_PALETTE['--c1']).toBe('#0072b2')
    expect(LIGHT_PALETTE['--bg']).toBe('#ffffff')
  })
})

describe('text helpers', () => {
  it('cleanText drops XML-illegal and bidi controls and collapses whitespace', () => expect(cleanText(' a\u0000b\u2066c \n d ')).toBe('abc d'))
  it('wrap cuts a word longer than the line instead of widening the file', () => {
    const lines = wrap('x'.repeat(500), 270, 10)
    expect(lines.every((l) => l.length <= 50)).toBe(true)
    expect(lines.join('')).toHaveLength(500)
  })

  it('strips control and bidi characters from the text and attributes of the drawn plots too', () => {
    const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    plot.innerHTML = '<g aria-label="tick\u0001 a"><text>lab\u0008el \u202Eevil</text></g>'
    const svg = composeSvg(doc, [plot], () => '')
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(parsed.querySelector('parsererror')).toBeNull()
    expect(parsed.querySelector('g')!.getAttribute('aria-label')).toBe('tick a')
    expect([...parsed.querySelectorAll('text')].map((t) => t.textContent)).toContain('label evil')
  })
})
