import { useMemo } from 'react'
import { useParams, useSearch } from 'wouter'
import { useCatalogue } from '../../api/catalogue'
import { useStudyFile } from '../../api/study-files'
import { StudyContextProvider } from '../common/study-context'
import { buildDeck } from '../../domain/deck'
import type { EvidenceRow } from '../../domain/schema/evidence'
import type { Series } from '../../domain/schema/series'
import type { AgentId, StudyMeta } from '../../domain/schema/study'
import { QueryPanel } from '../common/QueryPanel'
import { PresentDeck } from './PresentDeck'
import { PresentLanding } from './PresentLanding'
import './present.css'

function DeckFor({ study, series, evidence, id, presenter }: { study: StudyMeta; series: Series[]; evidence: EvidenceRow[]; id: string; presenter: boolean }) {
  const catalogue = useCatalogue()
  const pathway = useStudyFile(id, 'pathway.json')
  const names = useMemo(() => new Map(catalogue.data?.map((a) => [a.id, a.name])), [catalogue.data])
  const agentName = useMemo(() => (a: AgentId) => names.get(a) ?? a, [names])
  const deck = useMemo(() => buildDeck({ study, series, evidence, agentName }), [study, series, evidence, agentName])
  return <PresentDeck deck={deck} pathway={pathway} presenter={presenter} />
}

function StudyDeck({ id }: { id: string }) {
  const presenter = new URLSearchParams(useSearch()).get('presenter') === '1'
  const meta = useStudyFile(id, 'study.json')
  const series = useStudyFile(id, 'series.json')
  const evidence = useStudyFile(id, 'evidence.json')
  return (
    <QueryPanel label="Study details" query={meta}>
      {(m) => (
        <QueryPanel label="Chart data" query={series}>
          {(s) => (
            <QueryPanel label="Evidence" query={evidence}>
              {(e) => (
                <StudyContextProvider studies={[m]}>
                  <DeckFor study={m} series={s} evidence={e} id={id} presenter={presenter} />
                </StudyContextProvider>
              )}
            </QueryPanel>
          )}
        </QueryPanel>
      )}
    </QueryPanel>
  )
}

/** Present: /present lists the studies; /present/:id shows one as slides (?presenter=1 for the presenter window). */
export default function PresentView() {
  const { id } = useParams<{ id?: string }>()
  return id ? <StudyDeck id={id} /> : <PresentLanding />
}
