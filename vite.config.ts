import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { readMockFiles } from './scripts/mock-files.ts'
import { apiRoutes } from './src/mocks/routes.ts'

/**
 * index.html's meta CSP plus frame-ancestors (which a meta tag cannot set), sent as a header by `npm start`.
 * worker-src 'self' is for the MSW worker in dev; nothing needs blob: workers. Keep in step with public/_headers.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'"

/** What `npm start` sends with every response; README "Security" lists what a production host must send. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Present mode uses fullscreen; nothing else here needs a powerful feature.
  'Permissions-Policy': 'fullscreen=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Production build: emits the curated JSON as static files at the URLs MSW serves in dev. */
function staticApi(): Plugin {
  return {
    name: 'resistance-explorer:static-api',
    apply: 'build',
    generateBundle() {
      for (const [url, body] of apiRoutes(readMockFiles('mock-data')))
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: JSON.stringify(body) })
    },
  }
}

/**
 * `npm start`: a path that is not valid percent-encoding (e.g. /study/%ZZ) would get an empty 404 from the
 * static server; serve the app instead, which explains the bad address on the page.
 */
function malformedPathFallback(): Plugin {
  return {
    name: 'resistance-explorer:malformed-path',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        try {
          decodeURI(req.url ?? '/')
        } catch {
          req.url = '/index.html'
        }
        next()
      })
    },
  }
}

export default defineConfig(({ command }) => ({
  plugins: [react(), staticApi(), malformedPathFallback()],
  // The MSW worker lives in dev-public/ so it never reaches dist/.
  publicDir: command === 'serve' ? 'dev-public' : 'public',
  // Scan every view up front so lazily loaded routes don't trigger a dependency re-bundle mid-session.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', '!src/**/*.test.tsx'] },
  preview: { headers: SECURITY_HEADERS },
  build: { target: 'es2022', reportCompressedSize: false },
}))
