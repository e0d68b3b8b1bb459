import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { useStudies } from '../../api/studies'
import { answerFor, subjectFor } from '../../domain/drug-answer'
import { filterMatrix, matrixFacets } from '../../domain/phenotype-matrix'
import type { Agent } from '../../domain/schema/agent'
import type { AgentId } from '../../domain/schema/ids'
import type { StudySummary } from '../../domain/schema/bundle'
import { buildSearchIndex, search, symbolsOf, type StudyDetail } from '../../domain/search'
import { QueryPanel } from '../common/QueryPanel'
import { DrugAnswer } from './DrugAnswer'
import { MatrixFilters } from './MatrixFilters'
import { PhenotypeMatrix } from './PhenotypeMatrix'
import { QuestionPicker, type PickNode } from './QuestionPicker'
import { SearchHits } from './SearchHits'
import { StudyCard } from './StudyCard'
import { useMatrixData } from './useMatrixData'
import { useOverviewParams } from './useOverviewParams'
import { useDropUnknownParams } from './useDropUnknownParams'
import { useStudyDetails } from './useStudyDetails'
import './overview.css'

const EMPTY_FACETS = { cancers: [], classes: [], nodes: [] }

/** The landing view: a question first (pick a drug or node, see the answer by study), then search, the studies and the phenotype matrix. */
export default function OverviewView() {
  const studies = useStudies()
  return (
    <>
      <header className="view-head ov-head">
        <h1>How cancers escape targeted drugs</h1>
        <p className="lede">Which models resist a drug, and what restores sensitivity, across published studies; every value says where it came from.</p>
      </header>
      <QueryPanel label="Study list" query={studies}>
        {(list) => <OverviewBody list={list} />}
      </QueryPanel>
    </>
  )
}

/** Below this many studies every study's steps, claims, caveats and pathway load for search; above it, only the answer's. */
const DETAIL_LIMIT = 40
/** Nodes offered as quick questions: those the rescues of re-sensitised calls act on, at most this many. */
const QUICK_NODES = 5
/** Drugs offered as quick questions. */
const QUICK_DRUGS = 6

function OverviewBody({ list }: { list: StudySummary[] }) {
  const catalogue = useCatalogue()
  const agentList = useMemo(() => catalogue.data ?? [], [catalogue.data])
  const agents = useMemo(() => new Map(agentList.map((a) => [a.id, a])), [agentList])
  const data = useMatrixData(list)
  const { pick, filter, setPick, setFilter } = useOverviewParams()
  // The inputs answer at once; the matrix and cards follow at low priority, so typing never waits for a 500-study redraw.
  const deferred = useDeferredValue(filter)
  const matrix = data.matrix

  // The question: a drug or a node, answered from the matrix; details (steps, nodes) fill in as they load.
  const bare = useMemo(() => (matrix && agentList.length ? subjectFor(pick, agentList, []) : null), [matrix, agentList, pick])
  const firstAnswer = useMemo(() => (matrix && bare ? answerFor(matrix, bare, agentList, new Map()) : []), [matrix, bare, agentList])
  const detailIds = useMemo(() => (list.length <= DETAIL_LIMIT ? list.map((s) => s.id) : firstAnswer.slice(0, 12).map((a) => a.study)), [list, firstAnswer])
  const details = useStudyDetails(detailIds)
  const detailList = useMemo(() => [...details.values()], [details])
  const subject = useMemo(() => (matrix && agentList.length ? subjectFor(pick, agentList, detailList) : null), [matrix, agentList, pick, detailList])
  const answers = useMemo(() => (matrix && subject ? answerFor(matrix, subject, agentList, details) : []), [matrix, subject, agentList, details])
  const picked = pick.drug || pick.target

  const index = useMemo(() => (matrix ? buildSearchIndex(agentList, matrix, detailList) : null), [matrix, agentList, detailList])
  const result = useMemo(() => (index && deferred.query.trim() ? search(index, deferred.query) : null), [index, deferred.query])
  const facets = useMemo(() => (matrix ? matrixFacets(matrix) : { ...EMPTY_FACETS, cancers: [...new Set(list.map((s) => s.cancer))].sort() }), [matrix, list])
  const slice = useMemo(() => (matrix ? filterMatrix(matrix, deferred, result?.match ?? null) : null), [matrix, deferred, result])
  const cards = useMemo(() => {
    // With a search or a column filter, a study stays when the matrix still holds one of its rows.
    const narrowed = slice && (result || deferred.drugClass || deferred.node || deferred.call) ? new Set(slice.rows.map((r) => r.study)) : null
    return list.filter((s) => (!deferred.cancer || s.cancer === deferred.cancer) && (!narrowed || narrowed.has(s.id) || !!result?.match.studies.has(s.id)))
  }, [list, deferred, slice, result])
  const nodes = useMemo(() => pickNodes(detailList), [detailList])
  const quick = useMemo(() => {
    // Each study's first resisted drug (its headline), and the nodes most often acted on by what was added to a drug.
    const resisted = [...new Set(list.map((s) => s.drugsResisted[0]!))].map((id) => agents.get(id)).filter((a): a is Agent => !!a)
    // Count tested cells per column first (one pass), then credit each combination's added agents' targets.
    const perColumn = new Map<string, number>()
    if (matrix) for (const byCol of matrix.cells.values()) for (const key of byCol.keys()) perColumn.set(key, (perColumn.get(key) ?? 0) + 1)
    const addedOn = new Map<string, number>()
    for (const col of matrix?.columns ?? [])
      if (col.added)
        for (const t of new Set(col.agents.filter((a) => a !== col.anchor).flatMap((a) => agents.get(a)?.targets ?? [])))
          addedOn.set(t, (addedOn.get(t) ?? 0) + (perColumn.get(col.key) ?? 0))
    const weight = (n: PickNode) => Math.max(0, ...symbolsOf(n.symbol).map((s) => addedOn.get(s) ?? 0))
    const quickNodes = nodes
      .filter((n) => weight(n) > 0)
      .sort((a, b) => weight(b) - weight(a) || a.label.localeCompare(b.label))
      .slice(0, QUICK_NODES)
    return { drugs: resisted.slice(0, QUICK_DRUGS), nodes: quickNodes }
  }, [list, agents, matrix, nodes])
  useDropUnknownParams(useMemo(() => (matrix && agentList.length ? { agents: agentList, facets } : null), [matrix, agentList, facets]))
  const onPickNode = useCallback((symbol: string) => setPick({ target: symbol }), [setPick])
  const onResensitisedOnly = useCallback((on: boolean) => setFilter({ call: on ? 'resensitised' : '' }), [setFilter])

  return (
    <>
      <section className="ov-question" aria-labelledby="ov-q-h">
        <h2 id="ov-q-h" className="visually-hidden">
          Ask about a drug, target or node
        </h2>
        <QuestionPicker agents={agentList} nodes={nodes} quick={quick} pick={pick} onPick={setPick} />
        {picked && !matrix && (
          <p role="status" className="panel-loading">
            Loading phenotype calls…
          </p>
        )}
        {picked && matrix && agentList.length > 0 && !subject && (
          <p role="alert" className="panel-error">
            Nothing is known as “{picked.slice(0, 40)}” here: pick a drug or node from the list.
          </p>
        )}
        {subject && <DrugAnswer subject={subject} answers={answers} agents={agents} onPickNode={onPickNode} />}
        {!picked && (
          <p className="ov-hint">
            Pick one to see, grouped by study, which models resist it, where it works and what restored sensitivity, each with its evidence.
          </p>
        )}
      </section>
      <MatrixFilters filter={filter} facets={facets} onChange={setFilter} />
      {result && <SearchHits hits={result.hits} onPick={setPick} />}
      <section aria-labelledby="studies-h">
        <h2 id="studies-h">
          Studies <span className="pm-count">({cards.length === list.length ? list.length : `${cards.length} of ${list.length}`})</span>
        </h2>
        <StudyCards studies={cards} agents={agents} />
      </section>
      <section aria-labelledby="matrix-h">
        <h2 id="matrix-h">Phenotype matrix</h2>
        <p className="pm-intro">
          How each model responded to each agent, with its combinations beside it, grouped by study. Choose a cell to see the evidence behind it.
        </p>
        {data.failed.length > 0 && (
          <div role="alert" className="panel-error">
            <p className="panel-error__title">
              {data.missing >= data.total
                ? 'The phenotype calls could not be loaded'
                : `Phenotypes of ${data.missing} of ${data.total} studies could not be loaded; the matrix shows the rest`}
            </p>
            <p className="panel-error__detail">
              {data.failed
                .slice(0, 3)
                .map((f) => `${f.id}: ${f.message}`)
                .join(' · ')}
              {data.failed.length > 3 ? ` · and ${data.failed.length - 3} more` : ''}
            </p>
            <button type="button" onClick={() => data.failed.forEach((f) => f.retry())}>
              Retry
            </button>
          </div>
        )}
        {matrix && slice ? (
          <PhenotypeMatrix
            matrix={matrix}
            slice={slice}
            stale={deferred !== filter}
            resensitisedOnly={deferred.call === 'resensitised'}
            onResensitisedOnly={onResensitisedOnly}
          />
        ) : data.failed.length > 0 ? null : (
          <p role="status" className="panel-loading">
            Loading phenotype calls: {data.loaded} of {data.total} studies…
          </p>
        )}
      </section>
    </>
  )
}

/** Every node with a gene symbol across the loaded pathways, once per symbol, by label. */
function pickNodes(details: readonly StudyDetail[]): PickNode[] {
  const out = new Map<string, PickNode>()
  for (const d of details)
    for (const n of d.nodes ?? []) if (n.symbol && n.type !== 'phenotype' && !out.has(n.symbol)) out.set(n.symbol, { symbol: n.symbol, label: n.label })
  return [...out.values()].sort((a, b) => a.label.localeCompare(b.label))
}

/** Many cards: with hundreds of studies only the first page is drawn until asked for more. */
const StudyCards = memo(function StudyCards({ studies, agents }: { studies: StudySummary[]; agents: ReadonlyMap<AgentId, Agent> }) {
  const [limit, setLimit] = useState(12)
  const shown = studies.slice(0, limit)
  return (
    <>
      <div className="card-grid card-grid--compact">
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
