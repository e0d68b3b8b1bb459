import '../schema/zod-config'
import { z } from 'zod'
import { Source } from '../schema/provenance'
import { AgentId, ConditionId, ModelId, SeriesId } from '../schema/ids'

/** Fields every plotted series has: an id, a title, and where in the paper it comes from. */
export const seriesBase = {
  id: SeriesId,
  title: z.string().min(3),
  source: Source,
  /** Extra context for the caption, in the project's own words. */
  note: z.string().optional(),
}

/** Which model/condition/agents a plotted group belongs to: drives the toggles. */
export const membership = {
  model: ModelId.optional(),
  condition: ConditionId.optional(),
  /** Agents applied to this group; [] for vehicle/untreated. */
  agents: z.array(AgentId).default([]),
}

/** No references beyond the groups, no problems. */
export const NO_REFERENCES = { agents: [], problems: [] } as const
