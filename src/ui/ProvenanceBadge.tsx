import type { Provenance } from '../domain/schema/provenance'
import { PROVENANCE_LABEL } from '../domain/models/provenance'

/** Props of ProvenanceBadge. */
interface Props {
  provenance: Provenance
  /** Extra words for the tooltip, e.g. the model and its inputs. */
  title?: string
}

/** The small coloured label that says reported / derived / illustrative — not measured. */
export function ProvenanceBadge({ provenance, title }: Props) {
  return (
    <span className={`badge badge--${provenance}`} title={title}>
      {PROVENANCE_LABEL[provenance]}
    </span>
  )
}
