import { render } from '@testing-library/react'
import { App } from '../app/App'
import { createQueryClient } from '../api/query-client'
import { useViewStore } from '../state/store'
import { DEFAULT_VIEW } from '../state/view-state'

/** Renders the whole app at a URL with a fresh store and a no-retry query client. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url)
  useViewStore.setState({ ...DEFAULT_VIEW, notices: [] })
  return render(<App client={createQueryClient({ retry: false })} />)
}
