import { z } from 'zod'
import { Id } from './study'

export const CALLS = ['resistant', 'sensitive', 'resensitised', 'partial'] as const
export type Call = (typeof CALLS)[number]

/** How a (model, condition, agent combination) responded, with the evidence behind the call. */
export const PhenotypeCall = z.strictObject({
  id: Id,
  model: Id,
  condition: Id.optional(),
  agents: z.array(Id).min(1),
  call: z.enum(CALLS),
  evidence: z.array(Id).default([]),
  series: z.array(Id).default([]),
  /** Where in the text the call is stated, when no evidence row holds a number for it. */
  locator: z.string().optional(),
  note: z.string().optional(),
})
export type PhenotypeCall = z.infer<typeof PhenotypeCall>

/** phenotypes.json */
export const Phenotypes = z.array(PhenotypeCall)
