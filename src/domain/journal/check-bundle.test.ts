import { describe, expect, it } from 'vitest'
import { largeBundle, mockBundle, mockCatalogue } from '../../../scripts/journal-fixtures'
import { Catalogue } from '../schema/agent'
import { canonicalJson } from './canonical-json'
import { checkBundle, MAX_BUNDLE_BYTES, readPickedFiles, renameStudy, type PickedFile } from './check-bundle'

const catalogue = Catalogue.parse(mockCatalogue())
const file = (name: string, text: string): PickedFile => ({ name, text, size: new TextEncoder().encode(text).length })

describe('checking an imported bundle', () => {
  it('accepts a curated study under a new id, with nothing changed', () => {
    const raw = mockBundle('mo2022', 'mine2026')
    const read = readPickedFiles([file('mine2026.json', JSON.stringify(raw))])
    expect(read.ok).toBe(true)
    const check = checkBundle(read.ok ? read.raw : null, catalogue)
    expect(check.ok ? [] : check.problems).toEqual([])
    expect(check.ok && check.bundle.study.id).toBe('mine2026')
  })

  it('reads the five files of a study folder into one bundle, and names a missing one', () => {
    const raw = mockBundle('wu2023', 'folder2026')
    const five = Object.entries({
      'study.json': raw.study,
      'evidence.json': raw.evidence,
      'series.json': raw.series,
      'phenotypes.json': raw.phenotypes,
      'pathway.json': raw.pathway,
    }).map(([n, v]) => file(`wu/${n}`, JSON.stringify(v)))
    const read = readPickedFiles(five)
    expect(read.ok && checkBundle(read.raw, catalogue).ok).toBe(true)
    const four = readPickedFiles(five.slice(0, 4))
    expect(four.ok ? [] : four.problems.map((p) => p.path)).toEqual(['pathway.json'])
  })

  it('rejects a file that is not JSON, saying so and how to fix it', () => {
    const read = readPickedFiles([file('notes.json', '<html>not a bundle</html>')])
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.problems).toHaveLength(1)
      expect(read.problems[0]!.path).toBe('notes.json')
      expect(read.problems[0]!.message).toMatch(/not JSON/)
    }
  })

  it('rejects a file over the size limit before parsing it', () => {
    const read = readPickedFiles([{ name: 'huge.json', size: 10 * 1024 * 1024, text: '' }])
    expect(read.ok ? [] : read.problems.map((p) => p.message)).toEqual([`The file is 10.0 MB; the limit is ${(MAX_BUNDLE_BYTES / 1024 / 1024).toFixed(1)} MB.`])
  })

  it('lists every schema problem with its exact path and a fix', () => {
    const raw = mockBundle('mo2022', 'bad2026') as { study: Record<string, unknown>; series: Record<string, unknown>[] }
    delete raw.study.summary
    raw.study.textKind = 'preprint'
    ;(raw.series[0] as { source: { locator: string } }).source.locator = ''
    raw.study.colour = 'red'
    const check = checkBundle(raw, catalogue)
    expect(check.ok).toBe(false)
    if (check.ok) return
    const byPath = Object.fromEntries(check.problems.map((p) => [p.path, p.fix]))
    expect(byPath['study.summary']).toMatch(/Add this field/)
    expect(byPath['study.textKind']).toBe('Use one of: "full-text", "abstract".')
    expect(byPath['series[0].source.locator']).toMatch(/at least 2/)
    expect(byPath['study']).toMatch(/Remove "colour"/)
  })

  it('runs the integrity checks: an unknown reference is named with a fix', () => {
    const raw = mockBundle('mo2022', 'ref2026') as { phenotypes: { model: string }[] }
    raw.phenotypes[0]!.model = 'no-such-model'
    const check = checkBundle(raw, catalogue)
    expect(check.ok ? [] : check.problems.filter((p) => p.message.includes('no-such-model')).map((p) => p.fix)).toEqual([
      'Add the missing item under that id, or correct the reference to an id that exists.',
    ])
  })

  it('accepts a new agent carried in the bundle, but not one that clashes with the catalogue', () => {
    const raw = mockBundle('taniguchi2023', 'agent2026') as { study: { agents: string[] }; agents?: unknown[] }
    raw.study.agents.push('newdrug')
    raw.agents = [{ id: 'newdrug', name: 'New drug', class: 'other', kind: 'small-molecule', targets: ['X'], action: 'inhibits' }]
    expect(checkBundle(raw, catalogue).ok).toBe(true)
    raw.agents.push(catalogue[0])
    const check = checkBundle(raw, catalogue)
    expect(check.ok ? [] : check.problems.map((p) => p.path)).toEqual(['agents[1].id'])
  })

  it('renames a study everywhere its id is named', () => {
    const raw = renameStudy(mockBundle('mo2022', 'dup2026'), 'dup2026', 'dup2026b')
    expect(JSON.stringify(raw)).not.toContain('"dup2026"')
    expect(checkBundle(raw, catalogue).ok).toBe(true)
  })

  it('takes 10,000 points and 5,000 evidence rows', () => {
    const text = JSON.stringify(largeBundle('large2026'), null, 2)
    expect(text.length).toBeLessThan(MAX_BUNDLE_BYTES)
    const read = readPickedFiles([file('large.json', text)])
    const check = checkBundle(read.ok ? read.raw : null, catalogue)
    expect(check.ok ? [] : check.problems.slice(0, 3)).toEqual([])
  })
})

describe('the canonical bundle text', () => {
  it('sorts keys, indents by two spaces and ends with a newline, whatever order the input had', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{\n  "a": [\n    {\n      "c": null,\n      "d": "x"\n    }\n  ],\n  "b": 1\n}\n')
  })

  it('is stable: canonical text parsed and written again is byte-for-byte the same', () => {
    const once = canonicalJson(mockBundle('zhang2025', 'stable2026'))
    expect(canonicalJson(JSON.parse(once))).toBe(once)
  })
})
