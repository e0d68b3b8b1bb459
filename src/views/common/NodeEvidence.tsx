import { useMemo } from 'react'
import { Link } from 'wouter'
import { useStudies } from '../../api/studies'
import { nodeEvidence, sameNodes, type NodeOf } from '../../domain/pathway/evidence'
import type { NodeOverlay } from '../../domain/pathway/overlay'
import type { NodeId, StudyId } from '../../domain/schema/ids'
import { EvidencePanel } from '../../pathway/EvidencePanel'
import { useViewHref } from '../common/useViewHref'
import { useEvidenceDocs } from './usePathwayData'

/** Props of NodeEvidence: the node, as one study's node or as the members of a merged node. */
interface Props {
  label: string
  overlay: NodeOverlay | undefined
  /** For a study's node: study and node id (same-symbol nodes of other studies are added). */
  study?: { studyId: StudyId; nodeId: NodeId }
  /** For a merged node: the per-study nodes it stands for. */
  members?: readonly NodeOf[]
  onClose: () => void
}

const NO_IDS: StudyId[] = []

/** Loads every study's documents and shows the node's evidence across them. */
export function NodeEvidence({ label, overlay, study, members, onClose }: Props) {
  const studies = useStudies()
  const ids = useMemo(() => studies.data?.map((s) => s.id) ?? NO_IDS, [studies.data])
  const { docs, error } = useEvidenceDocs(ids)
  // An empty path gives just the current toggles as a query string, to append to each study link.
  const query = useViewHref('')
  const evidence = useMemo(() => {
    if (!docs) return undefined
    const who = members ?? (study ? sameNodes(study.studyId, study.nodeId, docs) : [])
    return nodeEvidence(who, docs)
  }, [docs, members, study])
  return (
    <EvidencePanel
      label={label}
      overlay={overlay}
      evidence={studies.isError ? [] : evidence}
      error={error ?? (studies.isError ? studies.error.message : undefined)}
      hrefFor={(id, hash) => `/study/${id}${query}${hash ? `#${hash}` : ''}`}
      Link={Link}
      onClose={onClose}
    />
  )
}
