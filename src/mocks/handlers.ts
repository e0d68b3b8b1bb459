import { http, HttpResponse } from 'msw'
import { apiRoutes } from './routes'

const files = import.meta.glob<unknown>('/mock-data/**/*.json', { eager: true, import: 'default' })
const routes = apiRoutes(Object.fromEntries(Object.entries(files).map(([p, v]) => [p.replace(/^\/mock-data\//, ''), v])))

/** Serves every mock-data document at its API URL, exactly as the static build does. */
export const handlers = [
  // Relative to the page origin: '*/api/*' would also swallow Vite's /src/api/*.ts modules in dev.
  http.get('/api/*', ({ request }) => {
    const path = new URL(request.url).pathname
    const body = routes.get(path)
    return body === undefined ? HttpResponse.json({ error: `no such document: ${path}` }, { status: 404 }) : HttpResponse.json(body)
  }),
]
