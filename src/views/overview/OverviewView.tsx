import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { useStudies } from '../../api/studies'
import { QueryPanel } from '../common/QueryPanel'
import { StudyCard } from './StudyCard'

/** The landing view: every curated study as a card. */
export default function OverviewView() {
  const studies = useStudies()
  const catalogue = useCatalogue()
  const agents = useMemo(() => new Map(catalogue.data?.map((a) => [a.id, a])), [catalogue.data])
  return (
    <>
      <header className="view-head">
        <h1>How cancers escape targeted drugs</h1>
        <p className="lede">Four published studies of drug resistance. Every value on screen says whether the paper reported it, the app derived it, or it only illustrates a direction the paper describes.</p>
      </header>
      <section aria-labelledby="studies-h">
        <h2 id="studies-h">Studies</h2>
        <QueryPanel label="Study list" query={studies}>
          {(list) => (
            <div className="card-grid">
              {list.map((s) => (
                <StudyCard key={s.id} study={s} agents={agents} />
              ))}
            </div>
          )}
        </QueryPanel>
      </section>
      <section aria-labelledby="matrix-h">
        <h2 id="matrix-h">Phenotype matrix</h2>
        <p className="placeholder">Not built yet: the cross-study matrix of resistant, sensitive and re-sensitised models arrives with the Explore work.</p>
      </section>
    </>
  )
}
