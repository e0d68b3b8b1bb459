import '../schema/zod-config'
import { z } from 'zod'
import { Source } from '../schema/provenance'
import { Id } from '../schema/study'

/** Fields every plotted series has: an id, a title, and where in the paper it comes from. */
export const seriesBase = {
  id: Id,
  title: z.string().min(3),
  source: Source,
  /** Extra context for the caption, in the project's own words. */
  note: z.string().optional(),
}

/** Which model/condition/agents a plotted group belongs to: drives the toggles. */
export const membership = {
  model: Id.optional(),
  condition: Id.optional(),
  /** Agents applied to this group; [] for vehicle/untreated. */
  agents: z.array(Id).default([]),
}

/** No references beyond the groups, no problems. */
export const NO_REFERENCES = { agents: [], problems: [] } as const
