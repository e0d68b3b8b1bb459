import './zod-config'
import { z } from 'zod'
import { Quantity } from './provenance'
import { AgentId, ConditionId, Id, ModelId } from './ids'

/** One row of a study's evidence table: a number the text states (or one derived from such numbers). */
export const EvidenceRow = z
  .strictObject({
    id: Id,
    /** What the number measures, in the project's words, e.g. "median PFS, S6K1-high". */
    measure: z.string().min(3),
    quantity: Quantity,
    model: ModelId.optional(),
    condition: ConditionId.optional(),
    agents: z.array(AgentId).default([]),
    note: z.string().optional(),
    /** The curator's reading where the text leaves something open (e.g. a comparator it does not name): shown as the curator's, never as reported. */
    reading: z.string().min(10).optional(),
  })
  .refine((r) => r.quantity.provenance !== 'illustrative', {
    message: 'the evidence table holds reported (or derived) numbers only, never illustrative ones',
    path: ['quantity', 'provenance'],
  })
export type EvidenceRow = z.infer<typeof EvidenceRow>

/** evidence.json */
export const Evidence = z.array(EvidenceRow)
