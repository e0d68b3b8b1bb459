import { STUDY_FILES, type StudySummary } from '../domain/schema/bundle'
import type { StudyMeta } from '../domain/schema/study'

/**
 * Maps the files of mock-data/ (keys like "mo2022/study.json", "agents/palbociclib.json")
 * to the API's URLs. Shared by MSW (dev, tests) and the production build, so both serve
 * exactly the same documents.
 */
export function apiRoutes(files: Record<string, unknown>): Map<string, unknown> {
  const routes = new Map<string, unknown>()
  const agents: unknown[] = []
  const summaries: StudySummary[] = []
  for (const [path, json] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const [folder, file, ...rest] = path.split('/')
    if (!folder || !file || rest.length) continue
    if (folder === 'agents') agents.push(json)
    else if (file in STUDY_FILES) {
      routes.set(`/api/studies/${folder}/${file}`, json)
      if (file === 'study.json') summaries.push(summarise(json as StudyMeta))
    }
  }
  routes.set('/api/catalogue.json', agents)
  routes.set('/api/studies.json', summaries)
  return routes
}

function summarise(s: StudyMeta): StudySummary {
  const { id, citation, cancer, drugsResisted, mechanism, textKind } = s
  return { id, citation, cancer, drugsResisted, mechanism, textKind, models: (s.models ?? []).map((m) => m.name) }
}
