import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ApiError, failureTitle } from '../../api/errors'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { FailedPanel } from '../../ui/FailedPanel'

/** Props of QueryPanel. */
interface Props<T> {
  /** What the panel shows, e.g. "Survival data": used in loading and error messages. */
  label: string
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
}

/** Loading, failure-with-retry, or the content; a render error stays inside this panel too. */
export function QueryPanel<T>({ label, query, children }: Props<T>) {
  if (query.isPending)
    return (
      <p role="status" className="panel-loading">
        Loading {label.toLowerCase()}…
      </p>
    )
  if (query.isError) {
    const e = query.error
    return (
      <FailedPanel
        label={label}
        title={failureTitle(e)}
        detail={e.message}
        problems={e instanceof ApiError ? e.problems : []}
        onRetry={() => void query.refetch()}
      />
    )
  }
  return (
    <ErrorBoundary label={label} onReset={() => void query.refetch()}>
      {children(query.data)}
    </ErrorBoundary>
  )
}
