import { describe, expect, it } from 'vitest'
import { LIMITS, parseView, serialiseView } from './url-codec'
import { DEFAULT_VIEW, type ViewState } from './view-state'
import * as ids from '../test/ids'

describe('URL codec', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      drugs: ids.agents('palbociclib', 'everolimus'),
      conditions: ids.conditions('s6k1-high'),
      hideIllustrative: true,
      theme: 'dark',
      compare: [{ study: ids.study('mo2022'), series: ids.series('pfs-s6k1'), group: 'high' }],
      slide: 3,
    }
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

  it('reads a comparison only when its three parts parse as a study id, a series id and a group id', () => {
    const { view, notices } = parseView('?cmp=mo2022:pfs-s6k1:high,notastudy:pfs:high,mo2022:PFS:high')
    expect(view.compare).toEqual([{ study: ids.study('mo2022'), series: ids.series('pfs-s6k1'), group: 'high' }])
    expect(notices).toEqual(['Ignored malformed comparison: "notastudy:pfs:high", "mo2022:PFS:high".'])
  })

  it('de-duplicates ids and keeps dev fault parameters without a notice', () => {
    const { view, notices } = parseView('?drugs=a,a,b&fault=500:/api/studies.json')
    expect(view.drugs).toEqual(['a', 'b'])
    expect(notices).toEqual([])
    expect(serialiseView(view, new URLSearchParams('fault=500:/api/x'))).toBe('?drugs=a,b&fault=500:/api/x')
  })

  it('present mode: predict=on round-trips, off is the default and omitted, the presenter flag passes through', () => {
    const on = parseView('?slide=4&predict=on&presenter=1')
    expect(on).toEqual({ view: { ...DEFAULT_VIEW, slide: 4, predict: true }, notices: [] })
    expect(serialiseView(on.view, new URLSearchParams('presenter=1'))).toBe('?slide=4&predict=on&presenter=1')
    expect(parseView('?predict=off').view.predict).toBeUndefined()
    expect(serialiseView({ ...DEFAULT_VIEW, predict: false })).toBe('')
    expect(parseView('?predict=maybe').notices).toEqual(['Ignored predict="maybe" (expected "on" or "off").'])
  })

  it('summarises thousands of bad parameters in one short notice and caps selections', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => `p${i}=1`).join('&')
    const cmp = Array.from({ length: 30 }, (_, i) => `s${1000 + i}:x:y`).join(',')
    const { view, notices } = parseView(`?${junk}&drugs=${'BAD!,'.repeat(500)}ok&cmp=${cmp}`)
    expect(notices).toEqual([
      '2,000 unknown URL parameters ignored: "p0", "p1", "p2" and 1,997 more.',
      'Ignored 500 malformed drug ids: "BAD!", "BAD!", "BAD!" and 497 more.',
      `Kept the first ${LIMITS.compare} of 30 comparisons in the link; a view can use at most ${LIMITS.compare}.`,
    ])
    expect(view.drugs).toEqual(['ok'])
    expect(view.compare).toHaveLength(LIMITS.compare)
  })

  it('every link it writes stays well under server URL limits, whatever the input', () => {
    const long = 'a'.repeat(LIMITS.idChars)
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',')
    const { view, notices } = parseView(
      `?drugs=${many(500, (i) => `${long.slice(4)}${i}`)},${'b'.repeat(65)}&cond=${many(500, (i) => `${long.slice(4)}${i}`)}&cmp=${many(500, (i) => `${long.slice(8)}${1000 + i}:${long}:${long}`)}`,
    )
    expect(notices).toContainEqual(expect.stringMatching(/^Ignored malformed drug id: "b{40}"/))
    expect([view.drugs.length, view.conditions.length, view.compare.length]).toEqual([LIMITS.drugs, LIMITS.conditions, LIMITS.compare])
    expect(serialiseView(view).length).toBeLessThan(8_000)
  })

  it('view-local parameters (the Overview question, search, filters; the study step) are not reported, survive a store change, and stay out of links', () => {
    const { view, notices } = parseView('?drug=palbociclib&q=mTOR%20inhibitor&tested=0&step=knockdown-restores&theme=dark')
    expect(notices).toEqual([])
    expect(serialiseView(view, new URLSearchParams('drug=palbociclib&q=mTOR inhibitor'))).toBe('?theme=dark&drug=palbociclib&q=mTOR+inhibitor')
    expect(serialiseView(view)).toBe('?theme=dark')
  })
})
