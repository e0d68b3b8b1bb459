import { Component, type ReactNode } from 'react'
import { retryFailedChunks } from './lazy-retry'

/** Props of ErrorBoundary. */
interface Props {
  /** What failed, for the message, e.g. "Survival chart". */
  label: string
  children: ReactNode
  /** Called by "Retry" before re-rendering, e.g. to reset a query. */
  onReset?: () => void
  /** When this changes (e.g. the route), a caught error is cleared as if Retry were pressed. */
  resetKey?: string
}

/** Catches a render error in one panel so the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.reset()
  }

  // Any code chunk that failed to load is fetched again too: a panel's error may be its chart's or view's code.
  private reset() {
    retryFailedChunks()
    this.props.onReset?.()
    this.setState({ error: null })
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" className="panel-error">
        <p className="panel-error__title">{this.props.label} could not be drawn</p>
        <p className="panel-error__detail">{error.message}</p>
        <button type="button" onClick={() => this.reset()}>
          Retry
        </button>
      </div>
    )
  }
}
