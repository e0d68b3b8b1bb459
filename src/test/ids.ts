// Ids for tests, built through the id schemas: no test casts a string to an id, and none holds an id the data files would refuse.
import { AgentId, ConditionId, ModelId, NodeId, SeriesId, StudyId } from '../domain/schema/ids'

/** Agent ids, e.g. agents('palbociclib', 'everolimus'). */
export const agents = (...ids: string[]) => ids.map((id) => AgentId.parse(id))
/** Condition ids. */
export const conditions = (...ids: string[]) => ids.map((id) => ConditionId.parse(id))
/** One agent id. */
export const agent = (id: string) => AgentId.parse(id)
/** One condition id. */
export const condition = (id: string) => ConditionId.parse(id)
/** One model id. */
export const model = (id: string) => ModelId.parse(id)
/** One study id. */
export const study = (id: string) => StudyId.parse(id)
/** One series id. */
export const series = (id: string) => SeriesId.parse(id)
/** One pathway node id. */
export const node = (id: string) => NodeId.parse(id)
