import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

/** Serves dist/ (built by `npm run test:e2e`) on a free port and hands its URL to the specs. */
export default async function setup(project: TestProject) {
  // E2E_DIST lets parallel work serve its own build instead of dist/.
  const outDir = process.env.E2E_DIST ?? 'dist'
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL; was dist/ built?')
  project.provide('baseUrl', url.replace(/\/$/, ''))
  return async () => {
    await server.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
