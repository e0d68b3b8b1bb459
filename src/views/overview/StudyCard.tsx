import { Link } from 'wouter'
import { useStudyFile } from '../../api/study-files'
import { PathwayThumbnail } from '../../pathway/PathwayThumbnail'
import type { Agent } from '../../domain/schema/agent'
import type { AgentId } from '../../domain/schema/ids'
import type { ListedStudy } from '../../api/imported-studies'
import { useViewHref } from '../common/useViewHref'

/** Props of StudyCard. */
interface Props {
  study: ListedStudy
  /** Agent names by id, when the catalogue has loaded. */
  agents?: ReadonlyMap<AgentId, Agent>
}

/** One study on the Overview, compact: cancer, drug resisted, mechanism, number of models, and a link to its view. */
export function StudyCard({ study, agents }: Props) {
  const href = useViewHref(`/study/${study.id}`)
  // Each card asks for its own pathway: a failure leaves the card without a picture, nothing else.
  const pathway = useStudyFile(study.id, 'pathway.json')
  const c = study.citation
  const resisted = study.drugsResisted.map((d) => agents?.get(d)?.name ?? d).join(', ')
  return (
    <article className="card card--with-thumb card--compact" aria-labelledby={`card-${study.id}`}>
      {pathway.data && pathway.data.nodes.length > 1 && (
        <div className="card__thumb">
          <PathwayThumbnail
            nodes={pathway.data.nodes}
            edges={pathway.data.edges}
            label={`Pathway of ${study.id}: ${pathway.data.nodes.length} nodes`}
            width={96}
          />
        </div>
      )}
      <p className="card__kicker">{study.cancer}</p>
      <h3 id={`card-${study.id}`} className="card__title">
        <Link href={href}>{c.title}</Link>
      </h3>
      <p className="card__cite">
        {c.authors[0]} et al., <i>{c.journal}</i> {c.year}
        {study.textKind === 'abstract' && <span className="badge badge--illustrative"> abstract only</span>}
        {study.imported && <span className="badge badge--imported"> imported</span>}
      </p>
      <dl className="card__facts">
        <dt>Resists</dt>
        <dd>{resisted}</dd>
        <dt>Mechanism</dt>
        <dd>{study.mechanism}</dd>
        <dt>Models</dt>
        <dd title={study.models.join(' · ')}>{study.models.length}</dd>
      </dl>
    </article>
  )
}
