#!/usr/bin/env node
// Synthetic studies for the benchmark only: they never ship and never enter mock-data/.
//
//   node scripts/gen-studies.mjs <built-dist-dir> [--count 500] [--seed 7]
//
// Adds <count> made-up studies to a built app's static API (<dist>/api): study.json, phenotypes.json and empty
// evidence/series/pathway files per study, plus their summaries appended to studies.json. Agents come from the
// built catalogue, so the Overview's matrix, filters and search meet realistic ids. Deterministic for a seed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const dist = args.find((a) => !a.startsWith('--'))
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
if (!dist) {
  console.error('usage: node scripts/gen-studies.mjs <built-dist-dir> [--count 500] [--seed 7]')
  process.exit(2)
}
const count = opt('count', 500)
let seed = opt('seed', 7) >>> 0
/** mulberry32: small, seedable, good enough to spread test data. */
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = (xs) => xs[Math.floor(rand() * xs.length)]
const sample = (xs, n) => [...xs].sort(() => rand() - 0.5).slice(0, n)

const api = join(dist, 'api')
const catalogue = JSON.parse(readFileSync(join(api, 'catalogue.json'), 'utf8'))
const summaries = JSON.parse(readFileSync(join(api, 'studies.json'), 'utf8'))
const index = JSON.parse(readFileSync(join(api, 'phenotypes.json'), 'utf8'))
const agentIds = catalogue.map((a) => a.id)
// A fixed pool of two-agent combinations, as a real literature would re-use a few dozen pairings.
const pairs = Array.from({ length: 30 }, () => sample(agentIds, 2))
const CANCERS = [
  'Synthetic lung cancer',
  'Synthetic breast cancer',
  'Synthetic gastric cancer',
  'Synthetic colorectal cancer',
  'Synthetic melanoma',
  'Synthetic prostate cancer',
  'Synthetic ovarian cancer',
  'Synthetic pancreatic cancer',
]
const CONDITIONS = [
  { id: 'parental', label: 'parental', kind: 'parental', description: 'untreated parental line (synthetic)' },
  { id: 'persister', label: 'persister', kind: 'persister', description: 'drug-tolerant persister (synthetic)' },
  { id: 'resistant', label: 'resistant', kind: 'resistant', description: 'resistant derivative (synthetic)' },
  { id: 'resensitised', label: 're-sensitised', kind: 'resensitised', description: 'after a drug holiday (synthetic)' },
]
const CALLS = ['resistant', 'sensitive', 'resensitised', 'partial']

for (let i = 1; i <= count; i++) {
  const id = `gen${String(i).padStart(3, '0')}-2024`
  const pool = sample(agentIds, int(3, 6))
  const models = Array.from({ length: int(3, 8) }, (_, m) => ({
    id: `m${m + 1}`,
    name: `SYN-${i}-${String.fromCharCode(65 + m)}`,
    kind: 'cell-line',
    description: 'synthetic benchmark model',
  }))
  const conditions = sample(CONDITIONS, int(1, 3))
  const phenotypes = []
  for (const model of models)
    for (const cond of conditions) {
      const combos = [...sample(pool, int(1, 3)).map((a) => [a]), ...(rand() < 0.5 ? [pick(pairs)] : [])]
      for (const agents of combos)
        phenotypes.push({
          id: `p${phenotypes.length + 1}`,
          model: model.id,
          condition: cond.id,
          agents,
          call: pick(CALLS),
          evidence: [],
          series: [],
          locator: 'Synthetic: benchmark only',
        })
    }
  const used = [...new Set(phenotypes.flatMap((p) => p.agents))]
  const study = {
    id,
    citation: { authors: ['Synthetic Author'], title: `Synthetic benchmark study ${i} (not a real paper)`, journal: 'Benchmark data', year: 2024 },
    summary: 'Generated for the performance benchmark only: none of these calls describe a real experiment.',
    cancer: pick(CANCERS),
    drugsResisted: [pool[0]],
    mechanism: 'Synthetic mechanism for load testing.',
    textKind: 'abstract',
    models,
    conditions,
    agents: used,
    claims: [],
    caveats: [],
  }
  const dir = join(api, 'studies', id)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'study.json'), JSON.stringify(study))
  writeFileSync(join(dir, 'phenotypes.json'), JSON.stringify(phenotypes))
  index.push({ study: { id: study.id, cancer: study.cancer, citation: study.citation, models: study.models, conditions: study.conditions }, phenotypes })
  writeFileSync(join(dir, 'evidence.json'), '[]')
  writeFileSync(join(dir, 'series.json'), '[]')
  writeFileSync(join(dir, 'pathway.json'), JSON.stringify({ nodes: [{ id: 'n1', label: 'synthetic node', type: 'other' }] }))
  const { citation, cancer, drugsResisted, mechanism, textKind } = study
  summaries.push({ id, citation, cancer, drugsResisted, mechanism, textKind, models: models.map((m) => m.name) })
}
writeFileSync(join(api, 'studies.json'), JSON.stringify(summaries))
writeFileSync(join(api, 'phenotypes.json'), JSON.stringify(index))
console.log(`gen-studies: wrote ${count} synthetic studies to ${api} (${summaries.length} studies in studies.json)`)
