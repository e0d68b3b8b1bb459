// @vitest-environment node
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { studyOverlay } from '../src/domain/pathway/overlay'
import { Catalogue, Pathway, StudyMeta } from '../src/domain/schema'
import { stepSelections } from '../src/domain/steps'
import type { Selection } from '../src/domain/selection'
import { readMockFiles } from '../scripts/mock-files'

// One test per step of every study in mock-data: the overlay the Study view draws for the step's
// drugs and conditions must leave the phenotype in the state the step's claim says.
const files = readMockFiles(dirname(fileURLToPath(import.meta.url)))
const ids = [
  ...new Set(
    Object.keys(files)
      .filter((f) => f.endsWith('/study.json'))
      .map((f) => f.split('/')[0]!),
  ),
].sort()
const catalogue = new Map(
  Catalogue.parse(
    Object.entries(files)
      .filter(([p]) => p.startsWith('agents/'))
      .map(([, a]) => a),
  ).map((a) => [a.id, a]),
)
const studies = ids.map((id) => ({ id, meta: StudyMeta.parse(files[`${id}/study.json`]), pathway: Pathway.parse(files[`${id}/pathway.json`]) }))
const cases = studies.flatMap((s) => s.meta.steps.map((step, i) => ({ ...s, step, name: `${s.id} step ${i + 1}: ${step.id}` })))

describe('story steps', () => {
  it('covers every study in mock-data', () => expect(new Set(cases.map((c) => c.id))).toEqual(new Set(ids)))

  describe.each(cases)('$name', ({ id, meta, pathway, step }) => {
    const sel = stepSelections(meta, step)
    const overlayOf = (selection: Selection) => studyOverlay(id, pathway, catalogue, selection)
    const phenotypeOn = (selection: Selection) => overlayOf(selection).nodes[step.expect.phenotype]?.on

    it(`leaves ${step.expect.phenotype} ${step.expect.active ? 'on' : 'off'}, with the named nodes on and off`, () => {
      const o = overlayOf(sel.selection)
      expect(o.nodes[step.expect.phenotype], 'phenotype node').toBeDefined()
      expect(phenotypeOn(sel.selection)).toBe(step.expect.active)
      for (const n of step.expect.on) expect(o.nodes[n]?.on, `${n} should be on`).toBe(true)
      for (const n of step.expect.off) expect(o.nodes[n]?.on, `${n} should be off`).toBe(false)
    })

    if (step.rescue.length)
      it(`the rescue is the turn: without ${step.rescue.join(' or ')} the phenotype is the other way; each of them alone turns it`, () => {
        expect(phenotypeOn(sel.before)).toBe(!step.expect.active)
        for (const alt of sel.alternatives) expect(phenotypeOn(alt.selection), alt.drug).toBe(step.expect.active)
      })
  })
})
