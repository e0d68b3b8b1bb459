import { Suspense } from 'react'
import { useQueries } from '@tanstack/react-query'
import { Route, Switch, useLocation } from 'wouter'
import { studyFileQueryOptions } from '../api/study-files'
import { preloadChartCode } from '../charts/chart-code'
import OverviewView from '../views/overview/OverviewView'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { BadAddress, isMalformedPath } from './BadAddress'
import { KnownStudy } from './KnownStudy'
import { lazyWithRetry, retryFailedChunks } from './lazy-retry'

// The Overview is the first route and stays in the main chunk; the rest (and recharts) load on demand.
// The Study view waits for the charts' code too: a chart whose code is missing suspends, and React holds back a
// Suspense reveal for about 300 ms, which on a cold load cost more than the wait for the chunk.
const loadStudyView = () => Promise.all([import('../views/study/StudyView'), preloadChartCode()]).then(([m]) => m)
const StudyView = lazyWithRetry(loadStudyView)
const CompareView = lazyWithRetry(() => import('../views/compare/CompareView'))
const PathwayView = lazyWithRetry(() => import('../views/pathway/PathwayView'))
const PresentView = lazyWithRetry(() => import('../views/present/PresentView'))
const JournalView = lazyWithRetry(() => import('../views/journal/JournalView'))
const DigitiseView = lazyWithRetry(() => import('../views/digitise/DigitiseView'))

// A cold load of a Study link starts the view's code and the charts' code now, while the app's own code still runs,
// rather than when the route first renders. (The module map keeps one copy: the route's import reuses it.)
if (window.location.pathname.startsWith('/study/')) {
  loadStudyView().catch(() => undefined)
}

/** The five views; a view that failed (even its code) recovers on Retry or on navigating elsewhere. */
export function AppRoutes() {
  const [location] = useLocation()
  // wouter keeps an undecodable path as it is; say so rather than look it up as an id.
  if (isMalformedPath(window.location.pathname)) return <BadAddress />
  return (
    <ErrorBoundary label="This view" onReset={retryFailedChunks} resetKey={location}>
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

const STUDY_FILES = ['study.json', 'series.json', 'pathway.json', 'evidence.json'] as const

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
