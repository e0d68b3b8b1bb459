import { describe, expect, it } from 'vitest'
import { parseView, serialiseView } from './url-codec'
import { DEFAULT_VIEW } from './view-state'

describe('URL codec', () => {
  it('round-trips a full view', () => {
    const view = { drugs: ['palbociclib', 'everolimus'], conditions: ['s6k1-high'], hideIllustrative: true, theme: 'dark' as const, compare: ['mo2022:pfs-s6k1:high'], slide: 3 }
    const s = serialiseView(view)
    expect(s).toBe('?drugs=palbociclib,everolimus&cond=s6k1-high&illus=hide&theme=dark&cmp=mo2022:pfs-s6k1:high&slide=3')
    expect(parseView(s)).toEqual({ view, notices: [] })
  })

  it('writes nothing for the default view', () => expect(serialiseView(DEFAULT_VIEW)).toBe(''))

  it('drops unknown keys and malformed values, saying which', () => {
    const { view, notices } = parseView('?x=1&drugs=ok-id,BAD!,&illus=maybe&slide=0&cmp=nocolon')
    expect(view).toEqual({ ...DEFAULT_VIEW, drugs: ['ok-id'] })
    expect(notices).toEqual([
      'Ignored unknown URL parameter "x".',
      'Ignored malformed drug id: "BAD!", "".',
      'Ignored malformed comparison: "nocolon".',
      'Ignored illus="maybe" (expected "hide" or "show").',
      'Ignored slide="0" (expected a slide number).',
    ])
  })

  it('de-duplicates ids and keeps dev fault parameters without a notice', () => {
    const { view, notices } = parseView('?drugs=a,a,b&fault=500:/api/studies.json')
    expect(view.drugs).toEqual(['a', 'b'])
    expect(notices).toEqual([])
    expect(serialiseView(view, new URLSearchParams('fault=500:/api/x'))).toBe('?drugs=a,b&fault=500:/api/x')
  })
})
