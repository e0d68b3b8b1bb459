import type { PhenotypeIndexEntry, StudyFile, StudySummary } from '../domain/schema/bundle'
import type { PhenotypeCall } from '../domain/schema/phenotype'
import type { StudyMeta } from '../domain/schema/study'

// Type-only imports above keep this module free of the schema's runtime, so vite.config.ts can load it directly.
const FILES: ReadonlySet<string> = new Set<StudyFile>(['study.json', 'evidence.json', 'series.json', 'phenotypes.json', 'pathway.json'])

/**
 * Maps the files of mock-data/ (keys like "mo2022/study.json", "agents/palbociclib.json")
 * to the API's URLs. Shared by MSW (dev, tests) and the production build, so both serve
 * exactly the same documents.
 */
export function apiRoutes(files: Record<string, unknown>): Map<string, unknown> {
  const routes = new Map<string, unknown>()
  const agents: unknown[] = []
  const summaries: StudySummary[] = []
  const metas = new Map<string, StudyMeta>()
  const calls = new Map<string, PhenotypeCall[]>()
  for (const [path, json] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const [folder, file, ...rest] = path.split('/')
    if (!folder || !file || rest.length) continue
    if (folder === 'agents') agents.push(json)
    else if (FILES.has(file)) {
      routes.set(`/api/studies/${folder}/${file}`, json)
      if (file === 'study.json') {
        summaries.push(summarise(json as StudyMeta))
        metas.set(folder, json as StudyMeta)
      }
      if (file === 'phenotypes.json') calls.set(folder, json as PhenotypeCall[])
    }
  }
  routes.set('/api/catalogue.json', agents)
  routes.set('/api/studies.json', summaries)
  // The Overview's matrix needs every study's models, conditions and calls: one document, not two per study.
  const index: PhenotypeIndexEntry[] = [...metas].map(([folder, m]) => ({
    study: { id: m.id, cancer: m.cancer, citation: m.citation, models: m.models, conditions: m.conditions ?? [] },
    phenotypes: calls.get(folder) ?? [],
  }))
  routes.set('/api/phenotypes.json', index)
  return routes
}

function summarise(s: StudyMeta): StudySummary {
  const { id, citation, cancer, drugsResisted, mechanism, textKind } = s
  return { id, citation, cancer, drugsResisted, mechanism, textKind, models: (s.models ?? []).map((m) => m.name) }
}
