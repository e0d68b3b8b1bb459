/**
 * JSON Schema for the public data format, generated from the zod schemas in src/domain/schema.
 *
 * The zod schemas are the single source of truth. `buildJsonSchemas()` turns each of them into a
 * JSON Schema (draft 2020-12) describing what a file may contain on disk (`io: 'input'`: fields
 * with a default are optional). scripts/json-schema.test.ts compares the result with the committed
 * files in mock-data/schema/ and rewrites them when run with UPDATE_SCHEMA=1.
 *
 * Checks that zod makes in code (refinements) have no direct JSON Schema form. The ones that
 * matter to someone importing a paper are the provenance rules, so they are added back here as
 * if/then clauses on Quantity, Datum and the evidence row. The cross-file checks
 * (src/domain/integrity.ts: ids resolve, no bare numbers) stay in code only.
 */
import { z } from 'zod'
import { Agent, Catalogue, Datum, EvidenceRow, Id, Quantity, Source, STUDY_FILES, StudyBundle, StudyId, type StudyFile } from '../src/domain/schema'

type JsonSchema = Record<string, unknown>

/** Names for the shared building blocks, so they appear once under $defs with a readable name. */
function registry() {
  const reg = z.registry<{ id: string; description?: string }>()
  reg.add(Id, { id: 'Id', description: 'Lower-case id: letters, digits and hyphens.' })
  reg.add(StudyId, { id: 'StudyId', description: 'Short study id: first author plus year, e.g. "mo2022".' })
  reg.add(Source, { id: 'Source', description: 'Where in the study text a value or statement sits.' })
  reg.add(Quantity, { id: 'Quantity', description: 'A number with unit, provenance and source. The only way the format stores a number.' })
  reg.add(Datum, { id: 'Datum', description: 'One plotted point; x and y share its provenance and source.' })
  reg.add(Agent, { id: 'Agent', description: 'One drug, antibody, siRNA/shRNA, ligand or tool compound.' })
  return reg
}

/** The provenance rules zod enforces with superRefine (src/domain/schema/provenance.ts), as JSON Schema. */
const provenanceRules: JsonSchema[] = [
  {
    if: { properties: { provenance: { const: 'derived' } }, required: ['provenance'] },
    then: { required: ['derivation'] },
    else: { not: { required: ['derivation'] } },
  },
  {
    if: { properties: { provenance: { const: 'digitized' } }, required: ['provenance'] },
    then: { required: ['digitization'] },
  },
  {
    if: { properties: { provenance: { const: 'illustrative' } }, required: ['provenance'] },
    then: { not: { anyOf: [{ required: ['ci'] }, { required: ['p'] }] } },
  },
]

/** The evidence table holds reported, digitized or derived numbers, never illustrative ones. */
const evidenceRule: JsonSchema = {
  properties: { quantity: { properties: { provenance: { not: { const: 'illustrative' } } } } },
}

function toJsonSchema(schema: z.ZodType, title: string, description: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: registry(),
    reused: 'inline',
    unrepresentable: 'throw',
    override: (ctx) => {
      if (ctx.zodSchema === Quantity || ctx.zodSchema === Datum) ctx.jsonSchema.allOf = provenanceRules
      if (ctx.zodSchema === EvidenceRow) ctx.jsonSchema.allOf = [evidenceRule]
    },
  }) as JsonSchema
  const { $schema, ...rest } = json
  return { $schema, title, description, ...rest }
}

const FILE_DESCRIPTIONS: Record<StudyFile, string> = {
  'study.json': 'Citation, summary, models, conditions, agents used, claims and caveats of one study.',
  'evidence.json': 'Evidence table: every number the study text states, or one derived from such numbers.',
  'series.json': 'Plotted experiments: survival, dose-response, growth, endpoint bars and correlations.',
  'phenotypes.json': 'Response calls per model, condition and agent combination, with what supports each.',
  'pathway.json': 'Typed pathway nodes and edges, the agents acting on them, and the bypass route.',
}

/** File name (e.g. "study.schema.json") → JSON Schema, in a stable order. */
export function buildJsonSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {}
  for (const [file, schema] of Object.entries(STUDY_FILES) as [StudyFile, z.ZodType][])
    out[file.replace(/\.json$/, '.schema.json')] = toJsonSchema(schema, file, FILE_DESCRIPTIONS[file])
  out['agent.schema.json'] = toJsonSchema(Agent, 'agents/<agent-id>.json', 'One agent of the shared catalogue; the file is named after its id.')
  out['catalogue.schema.json'] = toJsonSchema(Catalogue, 'catalogue.json', 'The shared agent catalogue: every agent any study uses.')
  out['bundle.schema.json'] = toJsonSchema(
    StudyBundle,
    'study bundle',
    'A whole study in one object: the five study files under the keys study, evidence, series, phenotypes and pathway.',
  )
  return out
}

/** The text written to disk for one schema: two-space JSON with a final newline. */
export function formatJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
