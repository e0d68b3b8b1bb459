import type { StudyMeta } from '../../domain/schema/study'
import { TogglePanel } from '../common/TogglePanel'

/** The study's drugs and conditions as toggles: delegates to the shared TogglePanel. */
export function StudyToggles({ study }: { study: StudyMeta }) {
  return <TogglePanel tested={study.agents} conditions={study.conditions} scope={study.id} />
}
