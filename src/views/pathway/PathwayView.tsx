import { useMemo } from 'react'
import { Link, useParams } from 'wouter'
import { useStudies } from '../../api/studies'
import { useStudyFile } from '../../api/study-files'
import type { StudySummary } from '../../domain/schema/bundle'
import type { Pathway } from '../../domain/schema/pathway'
import type { StudyId, StudyMeta } from '../../domain/schema/study'
import { FailedPanel } from '../../ui/FailedPanel'
import { QueryPanel } from '../common/QueryPanel'
import { useViewHref } from '../common/useViewHref'
import { CombinedDiagram } from './CombinedDiagram'
import { PathwayToggles } from './PathwayToggles'
import { StudyDiagram } from '../common/StudyDiagram'
import { useAgentMap, useAllPathways } from '../common/usePathwayData'

/** The address of the combined diagram. */
export const COMBINED = 'combined'

/** Pathways: a study picker, the chosen diagram with its toggles, and the evidence panel. */
export default function PathwayView() {
  const { study } = useParams<{ study?: string }>()
  const studies = useStudies()
  return (
    <>
      <header className="view-head">
        <h1>Pathways</h1>
        <p className="lede">
          Switch drugs and conditions on to see which nodes they block, what goes dark downstream, and which resistant route keeps signalling on.
        </p>
      </header>
      <QueryPanel label="Study list" query={studies}>
        {(list) => <PathwayBody list={list} chosen={study ?? list[0]?.id ?? COMBINED} />}
      </QueryPanel>
    </>
  )
}

function PickerLink({ id, label, current }: { id: string; label: string; current: boolean }) {
  const href = useViewHref(`/pathway/${id}`)
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  )
}

function PathwayBody({ list, chosen }: { list: StudySummary[]; chosen: string }) {
  // The route's study, as the id the study list parsed (undefined when the route names no known study).
  const picked = list.find((s) => s.id === chosen)?.id
  const known = chosen === COMBINED || picked !== undefined
  return (
    <>
      <nav aria-label="Choose a diagram">
        <ul className="pw-picker">
          {list.map((s) => (
            <li key={s.id}>
              <PickerLink id={s.id} label={s.id} current={s.id === chosen} />
            </li>
          ))}
          <li>
            <PickerLink id={COMBINED} label="All studies combined" current={chosen === COMBINED} />
          </li>
        </ul>
      </nav>
      {!known ? (
        <p role="alert">There is no study “{chosen}”. Choose one above.</p>
      ) : chosen === COMBINED ? (
        <Combined ids={list.map((s) => s.id)} />
      ) : (
        picked && <OneStudy key={picked} id={picked} />
      )}
    </>
  )
}

function Combined({ ids }: { ids: readonly StudyId[] }) {
  const all = useAllPathways(ids)
  if (!all.data)
    return (
      <p role="status" className="panel-loading">
        Loading every study’s pathway…
      </p>
    )
  // One study's failure stays a panel beside the diagram of the studies that loaded.
  const failed = all.error && (
    <FailedPanel
      label="Combined pathway"
      title={`The pathway of ${all.failedIds.length} of ${ids.length} studies (${all.failedIds.join(', ')}) could not load; the diagram shows the rest`}
      detail={all.error.message}
      problems={[]}
      onRetry={all.retry}
    />
  )
  return (
    <>
      {failed}
      {all.data.length > 0 && <CombinedDiagram studies={all.data} />}
    </>
  )
}

function OneStudy({ id }: { id: StudyId }) {
  const pathway = useStudyFile(id, 'pathway.json')
  const meta = useStudyFile(id, 'study.json')
  return (
    <QueryPanel label="Pathway" query={pathway}>
      {(p) => (
        <QueryPanel label="Study details" query={meta}>
          {(m) => <StudyPathway id={id} pathway={p} meta={m} />}
        </QueryPanel>
      )}
    </QueryPanel>
  )
}

function StudyPathway({ id, pathway, meta }: { id: StudyId; pathway: Pathway; meta: StudyMeta }) {
  const agents = useAgentMap()
  const agentIds = useMemo(() => [...new Set(pathway.targets.map((t) => t.agent))], [pathway])
  const labels = useMemo(() => new Map(meta.conditions.map((c) => [c.id, c.label])), [meta])
  // The conditions that switch the resistant route come first; the rest do not change this diagram.
  const groups = useMemo(
    () => [{ legend: 'Resistant route on in', conditions: meta.conditions.filter((c) => pathway.bypassConditions.includes(c.id)) }],
    [meta, pathway],
  )
  return (
    <>
      <p className="pw-mechanism">{meta.mechanism}</p>
      <PathwayToggles agentIds={agentIds} agents={agents} conditionGroups={groups} />
      <StudyDiagram studyId={id} pathway={pathway} title={`${id}: ${meta.citation.title}`} conditionLabels={labels} />
    </>
  )
}
