import { readMockFiles } from './mock-files'

/** Bundles for the journal-club tests: built from mock-data, under a new study id so they never clash with a built-in one. */
const files = readMockFiles('mock-data')

/** The shared catalogue, as the app serves it. */
export const mockCatalogue = (): unknown[] =>
  Object.entries(files)
    .filter(([p]) => p.startsWith('agents/'))
    .map(([, a]) => a)

/** A built-in study's five files as one bundle, every mention of its id changed to `newId`. */
export function mockBundle(id: string, newId: string): Record<string, unknown> {
  const text = JSON.stringify({
    study: files[`${id}/study.json`],
    evidence: files[`${id}/evidence.json`],
    series: files[`${id}/series.json`],
    phenotypes: files[`${id}/phenotypes.json`],
    pathway: files[`${id}/pathway.json`],
  })
  return JSON.parse(text.replaceAll(`"study":"${id}"`, `"study":"${newId}"`).replace(`"id":"${id}"`, `"id":"${newId}"`)) as Record<string, unknown>
}

/** A bundle at the load the issue names: one series of `points` digitised points and `rows` extra evidence rows. */
export function largeBundle(newId: string, points = 10_000, rows = 5_000): Record<string, unknown> {
  const b = mockBundle('mo2022', newId) as { evidence: unknown[]; series: unknown[] }
  const digitized = { provenance: 'digitized', source: { study: newId, locator: 'Fig. 9A' }, digitization: { tool: 'test fixture', date: '2026-01-05' } }
  b.series.push({
    id: 'large-scatter',
    kind: 'correlation',
    title: 'A large digitised scatter',
    source: { study: newId, locator: 'Fig. 9A' },
    xLabel: 'x',
    yLabel: 'y',
    points: Array.from({ length: points }, (_, i) => ({ x: i, y: (i * 7919) % 1000, ...digitized })),
  })
  for (let i = 0; i < rows; i++)
    b.evidence.push({ id: `large-row-${i}`, measure: `digitised reading ${i}`, quantity: { value: i / 10, unit: '%', ...digitized } })
  return b as Record<string, unknown>
}
