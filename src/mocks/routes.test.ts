import { describe, expect, it } from 'vitest'
import { STUDY_FILES } from '../domain/schema/bundle'
import { apiRoutes } from './routes'

describe('API routes from mock-data files', () => {
  it('serves every per-study file the schema defines, plus the index documents', () => {
    const files: Record<string, unknown> = { 'agents/a.json': { id: 'a' }, 'schema/x.schema.json': {} }
    for (const f of Object.keys(STUDY_FILES)) files[`demo2024/${f}`] = f === 'study.json' ? { id: 'demo2024', citation: {}, models: [], conditions: [] } : []
    const urls = [...apiRoutes(files).keys()].sort()
    expect(urls).toEqual(
      [
        '/api/catalogue.json',
        '/api/phenotypes.json',
        '/api/studies.json',
        ...Object.keys(STUDY_FILES)
          .map((f) => `/api/studies/demo2024/${f}`)
          .sort(),
      ].sort(),
    )
    expect(apiRoutes(files).get('/api/catalogue.json')).toEqual([{ id: 'a' }])
  })
})
