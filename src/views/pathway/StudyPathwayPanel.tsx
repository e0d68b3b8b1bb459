import type { Pathway } from '../../domain/schema/pathway'

/** A study's pathway diagram with the drug/condition overlay (list only until the renderer exists). */
export function StudyPathwayPanel({ pathway }: { studyId: string; pathway: Pathway }) {
  return (
    <div className="placeholder">
      <p>Diagram not drawn yet. Nodes: {pathway.nodes.map((n) => n.label).join(', ')}.</p>
    </div>
  )
}
