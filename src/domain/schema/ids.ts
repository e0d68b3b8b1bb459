// Branded ids: a model id cannot be passed where an agent id is wanted, and a plain string becomes an id
// only by parsing it with its schema (the JSON files, an import, the URL codec), never by a cast.
import './zod-config'
import { z } from 'zod'

/** Any lower-case id of the data files (groups, evidence rows, claims, steps, caveats). */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id (letters, digits, hyphens)')

/** Short study id, e.g. "mo2022". */
export const StudyId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\d{4}[a-z]?$/, 'a study id like "mo2022"')
  .brand<'StudyId'>()
/** A parsed study id, e.g. "mo2022". */
export type StudyId = z.infer<typeof StudyId>

/** Id of a model (cell line, derived line, organoid, PDX, cohort) within its study. */
export const ModelId = Id.brand<'ModelId'>()
/** A parsed model id. */
export type ModelId = z.infer<typeof ModelId>

/** Id of a condition (resistant, knock-down, amplified...) within its study. */
export const ConditionId = Id.brand<'ConditionId'>()
/** A parsed condition id. */
export type ConditionId = z.infer<typeof ConditionId>

/** Id of an agent of the shared catalogue (drug, antibody, siRNA...). */
export const AgentId = Id.brand<'AgentId'>()
/** A parsed agent id. */
export type AgentId = z.infer<typeof AgentId>

/** Id of a plotted series within its study. */
export const SeriesId = Id.brand<'SeriesId'>()
/** A parsed series id. */
export type SeriesId = z.infer<typeof SeriesId>

/** Id of a pathway node within its study. */
export const NodeId = Id.brand<'NodeId'>()
/** A parsed pathway node id. */
export type NodeId = z.infer<typeof NodeId>

/** Reads a string from outside (a URL, a route, a form) as an id of `schema`: the id, or undefined when it is not one. */
export function idFrom<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> | undefined {
  const r = schema.safeParse(raw)
  return r.success ? r.data : undefined
}
