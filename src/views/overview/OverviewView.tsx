import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { useCatalogue } from '../../api/catalogue'
import { useStudies } from '../../api/studies'
import { filterMatrix, matrixFacets, NO_FILTER, type MatrixFilter } from '../../domain/phenotype-matrix'
import type { Agent } from '../../domain/schema/agent'
import type { StudySummary } from '../../domain/schema/bundle'
import { QueryPanel } from '../common/QueryPanel'
import { MatrixFilters } from './MatrixFilters'
import { PhenotypeMatrix } from './PhenotypeMatrix'
import { StudyCard } from './StudyCard'
import { useMatrixData } from './useMatrixData'
import './overview.css'

const EMPTY_FACETS = { cancers: [], classes: [], nodes: [] }

/** The landing view: search and filters, every study as a card, and the cross-study phenotype matrix. */
export default function OverviewView() {
  const studies = useStudies()
  return (
    <>
      <header className="view-head">
        <h1>How cancers escape targeted drugs</h1>
        <p className="lede">Published studies of drug resistance. Every value on screen says whether the paper reported it, the app derived it, or it only illustrates a direction the paper describes.</p>
        <p>
          <Link href="/journal">Journal club: import your own paper or write one up</Link>
        </p>
      </header>
      <QueryPanel label="Study list" query={studies}>
        {(list) => <OverviewBody list={list} />}
      </QueryPanel>
    </>
  )
}

const summaryText = (s: StudySummary) => [s.id, s.citation.title, s.cancer, s.mechanism, ...s.models].join(' ').toLowerCase()

function OverviewBody({ list }: { list: StudySummary[] }) {
  const catalogue = useCatalogue()
  const agents = useMemo(() => new Map(catalogue.data?.map((a) => [a.id, a])), [catalogue.data])
  const data = useMatrixData(list)
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER)
  const onChange = useCallback((patch: Partial<MatrixFilter>) => setFilter((f) => ({ ...f, ...patch })), [])
  // The inputs answer at once; the matrix and cards follow at low priority, so typing never waits for a 500-study redraw.
  const deferred = useDeferredValue(filter)
  const facets = useMemo(() => (data.matrix ? matrixFacets(data.matrix) : { ...EMPTY_FACETS, cancers: [...new Set(list.map((s) => s.cancer))].sort() }), [data.matrix, list])
  const slice = useMemo(() => (data.matrix ? filterMatrix(data.matrix, deferred) : null), [data.matrix, deferred])
  const cards = useMemo(() => {
    const q = deferred.query.trim().toLowerCase()
    // With a search or a column filter, a study stays when the matrix still holds one of its rows (or its summary matches).
    const narrowed = slice && (q || deferred.drugClass || deferred.node) ? new Set(slice.rows.map((r) => r.study)) : null
    return list.filter((s) => (!deferred.cancer || s.cancer === deferred.cancer) && (!narrowed || narrowed.has(s.id) || (!!q && summaryText(s).includes(q))))
  }, [list, deferred, slice])
  return (
    <>
      <MatrixFilters filter={filter} facets={facets} onChange={onChange} />
      <section aria-labelledby="studies-h">
        <h2 id="studies-h">
          Studies <span className="pm-count">({cards.length === list.length ? list.length : `${cards.length} of ${list.length}`})</span>
        </h2>
        <StudyCards studies={cards} agents={agents} />
      </section>
      <section aria-labelledby="matrix-h">
        <h2 id="matrix-h">Phenotype matrix</h2>
        <p className="pm-intro">How each model responded to each agent or combination, across studies. Choose a cell to see the evidence behind it.</p>
        {data.failed.length > 0 && (
          <div role="alert" className="panel-error">
            <p className="panel-error__title">
              Phenotypes of {data.failed.length} of {data.total} studies could not be loaded; the matrix shows the rest
            </p>
            <p className="panel-error__detail">
              {data.failed.slice(0, 3).map((f) => `${f.id}: ${f.message}`).join(' · ')}
              {data.failed.length > 3 ? ` · and ${data.failed.length - 3} more` : ''}
            </p>
            <button type="button" onClick={() => data.failed.forEach((f) => f.retry())}>
              Retry
            </button>
          </div>
        )}
        {data.matrix && slice ? (
          <PhenotypeMatrix matrix={data.matrix} slice={slice} stale={deferred !== filter} />
        ) : (
          <p role="status" className="panel-loading">
            Loading phenotype calls: {data.loaded} of {data.total} studies…
          </p>
        )}
      </section>
    </>
  )
}

/** Many cards: with hundreds of studies only the first page is drawn until asked for more. */
const StudyCards = memo(function StudyCards({ studies, agents }: { studies: StudySummary[]; agents: ReadonlyMap<string, Agent> }) {
  const [limit, setLimit] = useState(12)
  const shown = studies.slice(0, limit)
  return (
    <>
      <div className="card-grid">
        {shown.map((s) => (
          <StudyCard key={s.id} study={s} agents={agents} />
        ))}
      </div>
      {studies.length === 0 && <p className="placeholder">No study matches these filters.</p>}
      {studies.length > limit && (
        <button type="button" className="pm-more" onClick={() => setLimit((l) => l + 48)}>
          Show more studies ({studies.length - limit} more)
        </button>
      )}
    </>
  )
})
