import { lazy, Suspense } from 'react'
import { useQueries } from '@tanstack/react-query'
import { Route, Switch } from 'wouter'
import { studyFileQueryOptions } from '../api/study-files'
import OverviewView from '../views/overview/OverviewView'
import { ErrorBoundary } from '../ui/ErrorBoundary'

// The Overview is the first route and stays in the main chunk; the rest (and recharts) load on demand.
const StudyView = lazy(() => import('../views/study/StudyView'))
const CompareView = lazy(() => import('../views/compare/CompareView'))
const PathwayView = lazy(() => import('../views/pathway/PathwayView'))
const PresentView = lazy(() => import('../views/present/PresentView'))

/** The five views. */
export function AppRoutes() {
  return (
    <ErrorBoundary label="This view">
      <Suspense fallback={<p role="status" className="panel-loading">Loading view…</p>}>
        <Switch>
          <Route path="/" component={OverviewView} />
          <Route path="/study/:id" component={StudyRoute} />
          <Route path="/compare" component={CompareView} />
          <Route path="/pathway/:study?" component={PathwayView} />
          <Route path="/present/:id?" component={PresentView} />
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
 * Issue 12 (Study view, wip-12b): starts the study's four data requests while the view's code chunk
 * loads, instead of after it. Its own Suspense keeps this component (and the requests) mounted meanwhile.
 */
function StudyRoute({ params }: { params: { id: string } }) {
  useQueries({ queries: STUDY_FILES.map((f) => studyFileQueryOptions(params.id, f)) })
  return (
    <Suspense fallback={<p role="status" className="panel-loading">Loading view…</p>}>
      <StudyView />
    </Suspense>
  )
}
