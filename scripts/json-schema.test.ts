// @vitest-environment node
/**
 * The committed JSON Schema in mock-data/schema/ must equal what the zod schemas generate.
 * After changing src/domain/schema, refresh it with:  UPDATE_SCHEMA=1 npx vitest run scripts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildJsonSchemas, formatJsonSchema } from './json-schema'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'mock-data', 'schema')
const update = process.env.UPDATE_SCHEMA === '1'
const schemas = buildJsonSchemas()
const expected = Object.keys(schemas).sort()

if (update) {
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(dir)) if (name.endsWith('.schema.json') && !(name in schemas)) rmSync(join(dir, name))
  for (const [name, schema] of Object.entries(schemas)) writeFileSync(join(dir, name), formatJsonSchema(schema))
}

const committed = () =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.schema.json'))
    .sort()
const hint = 'out of date: run `UPDATE_SCHEMA=1 npx vitest run scripts` and commit mock-data/schema/'

describe('JSON Schema of the data format', () => {
  it('covers the five study files, the agent catalogue and the study bundle', () => {
    expect(expected).toEqual([
      'agent.schema.json',
      'bundle.schema.json',
      'catalogue.schema.json',
      'evidence.schema.json',
      'pathway.schema.json',
      'phenotypes.schema.json',
      'series.schema.json',
      'study.schema.json',
    ])
  })

  it('has exactly one committed file per generated schema', () => {
    expect(committed(), hint).toEqual(expected)
  })

  it.each(expected)('mock-data/schema/%s matches the zod schemas', (name) => {
    const onDisk = readFileSync(join(dir, name), 'utf8')
    expect(onDisk, `${name} is ${hint}`).toBe(formatJsonSchema(schemas[name]!))
  })

  it('keeps the provenance rules that zod checks in code', () => {
    const defs = (schemas['series.schema.json']!.$defs ?? {}) as Record<string, { allOf?: unknown[]; additionalProperties?: unknown }>
    expect(defs.Quantity?.allOf).toHaveLength(3)
    expect(defs.Datum?.allOf).toHaveLength(3)
    expect(defs.Quantity?.additionalProperties).toBe(false)
    const evidence = JSON.stringify(schemas['evidence.schema.json'])
    expect(evidence).toContain('"not":{"const":"illustrative"}')
  })
})
