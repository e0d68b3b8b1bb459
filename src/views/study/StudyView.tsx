import { useEffect, useRef } from 'react'
import { useParams } from 'wouter'
import { useStudyFile } from '../../api/study-files'
import { QueryPanel } from '../common/QueryPanel'
import { FigureOptionsInUrl } from '../common/figure-options'
import { StudyContextProvider } from '../common/study-context'
import { EvidenceTable } from '../common/EvidenceTable'
import { useAgentMap } from '../common/usePathwayData'
import { useViewStore } from '../../state/store'
import { ChangeCauseContext, describeChange, type ChangeCause } from './change-cause'
import { CaveatList } from './CaveatList'
import { ClaimList } from './ClaimList'
import { StoryStage } from './StoryStage'
import { EvidenceSection } from './EvidenceSection'
import { StudyHeader } from './StudyHeader'
import './study.css'

/**
 * One study, story first: the current step with its pathway and figures on the first screen, then every
 * figure grouped by the paper's figures behind an index, then claims, caveats and the evidence table.
 * Each panel loads and fails on its own.
 */
export default function StudyView() {
  const { id = '' } = useParams<{ id: string }>()
  const meta = useStudyFile(id, 'study.json')
  const series = useStudyFile(id, 'series.json')
  const evidence = useStudyFile(id, 'evidence.json')
  const pathway = useStudyFile(id, 'pathway.json')
  const cause = useChangeCause(meta.data)
  return (
    <StudyContextProvider studies={[meta.data]}>
      <FigureOptionsInUrl.Provider value={true}>
        <ChangeCauseContext.Provider value={cause}>
          <QueryPanel label="Study details" query={meta}>
            {(m) => <StudyHeader study={m} />}
          </QueryPanel>
          <QueryPanel label="The study's steps" query={meta}>
            {(m) => <StoryStage study={m} pathway={pathway} series={series} />}
          </QueryPanel>
          <EvidenceSection series={series}>
            <QueryPanel label="Claims and caveats" query={meta}>
              {(m) => (
                <>
                  <details id="claims" className="study-more">
                    <summary>Key claims ({m.claims.length})</summary>
                    <ClaimList claims={m.claims} />
                  </details>
                  <details id="caveats" className="study-more">
                    <summary>Caveats ({m.caveats.length})</summary>
                    <CaveatList caveats={m.caveats} />
                  </details>
                </>
              )}
            </QueryPanel>
            <details id="evidence" className="study-more">
              <summary>Evidence table</summary>
              <QueryPanel label="Evidence table" query={evidence}>
                {(rows) => <EvidenceTable rows={rows} />}
              </QueryPanel>
            </details>
          </EvidenceSection>
        </ChangeCauseContext.Provider>
      </FigureOptionsInUrl.Provider>
    </StudyContextProvider>
  )
}

/** Keeps the words of the latest toggle change, updated synchronously with the store so figures read it as they redraw. */
function useChangeCause(study: { conditions: readonly { id: string; label: string }[] } | undefined): ChangeCause {
  const agents = useAgentMap()
  const cause = useRef('')
  useEffect(() => {
    const labels = new Map(study?.conditions.map((c) => [c.id, c.label]))
    const name = (x: string) => agents.get(x)?.name ?? labels.get(x) ?? x
    return useViewStore.subscribe((next, prev) => {
      cause.current = describeChange(prev, next, name)
    })
  }, [agents, study])
  return cause
}
