import { useMemo } from 'react'
import { useStudyFile } from '../../api/study-files'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId } from '../../domain/schema/ids'
import { StudyDiagram } from './StudyDiagram'

/** A study's pathway diagram with the drug/condition overlay, for the Study view. */
export function StudyPathwayPanel({ studyId, pathway }: { studyId: StudyId; pathway: Pathway }) {
  const meta = useStudyFile(studyId, 'study.json')
  const labels = useMemo(() => new Map(meta.data?.conditions.map((c) => [c.id, c.label])), [meta.data])
  return <StudyDiagram studyId={studyId} pathway={pathway} conditionLabels={labels} />
}
