import { lazy, Suspense } from 'react'
import { Route, Switch } from 'wouter'
import OverviewView from '../views/overview/OverviewView'
import { ErrorBoundary } from '../ui/ErrorBoundary'

// The Overview is the first route and stays in the main chunk; the rest (and recharts) load on demand.
const StudyView = lazy(() => import('../views/study/StudyView'))
const CompareView = lazy(() => import('../views/compare/CompareView'))
const PathwayView = lazy(() => import('../views/pathway/PathwayView'))
const PresentView = lazy(() => import('../views/present/PresentView'))
const DigitiseView = lazy(() => import('../views/digitise/DigitiseView'))

/** The five views. */
export function AppRoutes() {
  return (
    <ErrorBoundary label="This view">
      <Suspense fallback={<p role="status" className="panel-loading">Loading view…</p>}>
        <Switch>
          <Route path="/" component={OverviewView} />
          <Route path="/study/:id" component={StudyView} />
          <Route path="/compare" component={CompareView} />
          <Route path="/pathway/:study?" component={PathwayView} />
          <Route path="/present/:id?" component={PresentView} />
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
