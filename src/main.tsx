import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { firstRouteReady } from './app/AppRoutes'
import { handOverSnapshot } from './app/snapshot'
import './app/styles.css'

/** MSW serves mock-data in `npm run dev` only; this branch is dropped from the production build. */
async function startMocks() {
  if (!import.meta.env.DEV) return
  const { worker } = await import('./mocks/browser')
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}

/** The offline service worker, in the production build only (dev has MSW's worker on the same scope). */
function startOffline() {
  if (import.meta.env.PROD) void import('./app/offline').then((m) => m.registerOffline())
}

void Promise.all([startMocks(), firstRouteReady()]).then(() => {
  startOffline()
  const root = document.getElementById('root')!
  handOverSnapshot(root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
