import { useState } from 'react'
import { useParams } from 'wouter'
import { useStudyFile } from '../../api/study-files'
import { StudyPathwayPanel } from '../common/StudyPathwayPanel'
import { QueryPanel } from '../common/QueryPanel'
import { StudyContextProvider } from '../common/study-context'
import { CaveatList } from './CaveatList'
import { ClaimList } from './ClaimList'
import { EvidenceTable } from '../common/EvidenceTable'
import { SeriesPanel } from './SeriesPanel'
import { StudyHeader } from './StudyHeader'
import { StudyToggles } from './StudyToggles'

/** One study: citation, toggles, pathway, charts, claims, caveats and the evidence table. Each panel loads and fails on its own. */
export default function StudyView() {
  const { id = '' } = useParams<{ id: string }>()
  const meta = useStudyFile(id, 'study.json')
  const series = useStudyFile(id, 'series.json')
  const evidence = useStudyFile(id, 'evidence.json')
  const pathway = useStudyFile(id, 'pathway.json')
  // Open beside the content on wide screens; folded on a phone so the data comes first.
  const [controlsOpen] = useState(() => typeof matchMedia === 'undefined' || matchMedia('(min-width: 700px)').matches)
  return (
    <>
      <QueryPanel label="Study details" query={meta}>
        {(m) => <StudyHeader study={m} />}
      </QueryPanel>
      <div className="study-layout">
        <details className="study-layout__controls" open={controlsOpen}>
          <summary>Drugs and conditions</summary>
          <QueryPanel label="Drug and condition toggles" query={meta}>
            {(m) => <StudyToggles study={m} />}
          </QueryPanel>
        </details>
        <div className="study-layout__main">
          <section aria-labelledby="pathway-h">
            <h2 id="pathway-h">Pathway</h2>
            <QueryPanel label="Pathway" query={pathway}>
              {(p) => <StudyPathwayPanel studyId={id} pathway={p} />}
            </QueryPanel>
          </section>
          <section aria-labelledby="charts-h">
            <h2 id="charts-h">Data</h2>
            <QueryPanel label="Chart data" query={series}>
              {(list) => (
                <StudyContextProvider studies={[meta.data]}>
                  <SeriesPanel series={list} />
                </StudyContextProvider>
              )}
            </QueryPanel>
          </section>
          <QueryPanel label="Claims and caveats" query={meta}>
            {(m) => (
              <>
                <ClaimList claims={m.claims} />
                <CaveatList caveats={m.caveats} />
              </>
            )}
          </QueryPanel>
          <section aria-labelledby="evidence-h">
            <h2 id="evidence-h">Evidence table</h2>
            <QueryPanel label="Evidence table" query={evidence}>
              {(rows) => <EvidenceTable rows={rows} />}
            </QueryPanel>
          </section>
        </div>
      </div>
    </>
  )
}
