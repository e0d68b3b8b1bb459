import './zod-config'
import { z } from 'zod'
import { AgentId, ConditionId, Id, ModelId, SeriesId } from './ids'

/** `not-established`: the combination was tested but the text does not say how it responded. */
export const CALLS = ['resistant', 'sensitive', 'resensitised', 'partial', 'not-established'] as const
export type Call = (typeof CALLS)[number]

/** How a (model, condition, agent combination) responded, with the evidence behind the call. */
export const PhenotypeCall = z.strictObject({
  id: Id,
  model: ModelId,
  condition: ConditionId.optional(),
  agents: z.array(AgentId).min(1),
  call: z.enum(CALLS),
  evidence: z.array(Id).default([]),
  series: z.array(SeriesId).default([]),
  /** Where in the text the call is stated, when no evidence row holds a number for it. */
  locator: z.string().optional(),
  note: z.string().optional(),
  /** Set when the call is the curator's reading rather than the text's (e.g. which drug was tested in which line): why. */
  reading: z.string().min(10).optional(),
})
export type PhenotypeCall = z.infer<typeof PhenotypeCall>

/** phenotypes.json */
export const Phenotypes = z.array(PhenotypeCall)
