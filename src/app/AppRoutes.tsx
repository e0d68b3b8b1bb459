import { Suspense } from 'react'
import { useQueries } from '@tanstack/react-query'
import { Route, Switch, useLocation } from 'wouter'
import { requestStudyFilesEarly, studyFileQueryOptions } from '../api/study-files'
import { preloadChartCode } from '../charts/chart-code'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { BadAddress, isMalformedPath } from './BadAddress'
import { KnownStudy } from './KnownStudy'
import { lazyWithRetry } from '../ui/lazy-retry'

// Every view loads on demand, the Overview too, so a Study link does not parse the Overview's code first. The
// Overview's chunk is requested as the app starts on "/" and the first render waits for it (see firstRouteReady).
// The Study view waits for the charts' code too: a chart whose code is missing suspends, and React holds back a
// Suspense reveal for about 300 ms, which on a cold load cost more than the wait for the chunk.
const loadStudyView = () => Promise.all([import('../views/study/StudyView'), preloadChartCode()]).then(([m]) => m)
const StudyView = lazyWithRetry(loadStudyView)
const loadOverview = answeredAtOnceWhenLoaded(() => import('../views/overview/OverviewView'))
const OverviewView = lazyWithRetry(loadOverview)
const CompareView = lazyWithRetry(() => import('../views/compare/CompareView'))
const PathwayView = lazyWithRetry(() => import('../views/pathway/PathwayView'))
const PresentView = lazyWithRetry(() => import('../views/present/PresentView'))
const JournalView = lazyWithRetry(() => import('../views/journal/JournalView'))
const DigitiseView = lazyWithRetry(() => import('../views/digitise/DigitiseView'))

// A cold load of a Study link starts the view's code and the charts' code now, while the app's own code still runs,
// rather than when the route first renders. (The module map keeps one copy: the route's import reuses it.)
const STUDY_FILES = ['study.json', 'series.json', 'pathway.json', 'evidence.json'] as const
if (window.location.pathname.startsWith('/study/')) {
  loadStudyView().catch(() => undefined)
  const id = studyIdOf(window.location.pathname)
  // Production only: in `npm run dev` the data come from MSW, whose worker is not started yet at this point.
  if (id && import.meta.env.PROD) requestStudyFilesEarly(id, STUDY_FILES)
}

/** The study id of a /study/<id> path, or null when it cannot be decoded (BadAddress reports it). */
function studyIdOf(path: string): string | null {
  try {
    return decodeURIComponent(path.split('/')[2] ?? '') || null
  } catch {
    return null
  }
}
const overviewFirst =
  window.location.pathname === '/'
    ? loadOverview().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve()

/** Settles when the first route's code is here (the Overview's on "/"), so the first render draws it rather than a fallback. */
export const firstRouteReady = () => overviewFirst

/**
 * A chunk loader that, once the chunk is here, answers with an already-resolved thenable: React.lazy suspends on
 * any promise, even a settled one, and a Suspense reveal is held back (about 300 ms).
 */
function answeredAtOnceWhenLoaded<M>(load: () => Promise<M>): () => Promise<M> {
  let loaded: M | undefined
  return () => {
    if (loaded === undefined) return load().then((m) => (loaded = m))
    const m = loaded
    const now: { then: (resolve: (v: M) => void) => void; catch: () => unknown } = {
      then: (resolve) => resolve(m),
      catch: () => now,
    }
    return now as unknown as Promise<M>
  }
}

/** The five views; a view that failed (even its code) recovers on Retry or on navigating elsewhere. */
export function AppRoutes() {
  const [location] = useLocation()
  // wouter keeps an undecodable path as it is; say so rather than look it up as an id.
  if (isMalformedPath(window.location.pathname)) return <BadAddress />
  return (
    <ErrorBoundary label="This view" resetKey={location}>
      <Suspense
        fallback={
          <p role="status" className="panel-loading">
            Loading view…
          </p>
        }
      >
        <Switch>
          <Route path="/" component={OverviewView} />
          <Route path="/study/:id">
            {(params) => (
              <KnownStudy id={params.id} linkBase="/study/">
                <StudyRoute params={params} />
              </KnownStudy>
            )}
          </Route>
          <Route path="/compare" component={CompareView} />
          <Route path="/pathway/:study?" component={PathwayView} />
          <Route path="/present/:id">
            {({ id }) => (
              <KnownStudy id={id} linkBase="/present/">
                <PresentView />
              </KnownStudy>
            )}
          </Route>
          <Route path="/present" component={PresentView} />
          <Route path="/journal" component={JournalView} />
          <Route path="/digitise" component={DigitiseView} />
          <Route>
            <h1>Page not found</h1>
            <p>
              There is no view at this address. <a href="/">Go to the overview</a>.
            </p>
          </Route>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  )
}

/**
 * Issue 12 (Study view, wip-12b): starts the study's four data requests while the view's code chunk (and the
 * charts', see loadStudyView) loads, instead of after it. Its own Suspense keeps this component (and the
 * requests) mounted meanwhile.
 */
function StudyRoute({ params }: { params: { id: string } }) {
  useQueries({ queries: STUDY_FILES.map((f) => studyFileQueryOptions(params.id, f)) })
  return (
    <Suspense
      fallback={
        <p role="status" className="panel-loading">
          Loading view…
        </p>
      }
    >
      <StudyView />
    </Suspense>
  )
}
