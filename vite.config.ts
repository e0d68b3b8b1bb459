import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { readMockFiles } from './scripts/mock-files.ts'
import { prerenderStudies } from './scripts/prerender.ts'
import { apiRoutes } from './src/mocks/routes.ts'

/**
 * index.html's meta CSP plus frame-ancestors (which a meta tag cannot set), sent as a header by `npm start`.
 * worker-src 'self' is for the offline service worker (production) and the MSW worker (dev); nothing needs blob: workers. Keep in step with public/_headers.
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
      for (const [url, body] of apiRoutes(readMockFiles('mock-data'))) this.emitFile({ type: 'asset', fileName: url.slice(1), source: JSON.stringify(body) })
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

/**
 * `npm start`: Node refuses request heads over 16 KB with a bare 431 (a blank page). Chromium sends addresses
 * up to 2 MB, so a pasted or hand-made long link should reach the app, which trims and explains it (issue 16,
 * item 6). `maxHeaderSize` is read per connection, so raising it on the created server takes effect.
 */
function longAddresses(): Plugin {
  return {
    name: 'resistance-explorer:long-addresses',
    configurePreviewServer(server) {
      Object.assign(server.httpServer, { maxHeaderSize: 4 * 1024 * 1024 })
    },
  }
}

/**
 * The offline service worker (issue 16, item 12): Workbox precaches everything the build writes — shell, route
 * chunks, and the static /api/**.json — and serves index.html for any navigation. src/app/offline.ts registers
 * it in production only; the dev server never serves it (devOptions off), so MSW's dev worker is untouched.
 */
const offline = VitePWA({
  injectRegister: false,
  registerType: 'prompt',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,json,png,ico,woff2}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//],
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
})

export default defineConfig(({ command }) => ({
  plugins: [react(), staticApi(), malformedPathFallback(), longAddresses(), offline, prerenderStudies()],
  // The MSW worker lives in dev-public/ so it never reaches dist/.
  publicDir: command === 'serve' ? 'dev-public' : 'public',
  // Scan every view up front so lazily loaded routes don't trigger a dependency re-bundle mid-session.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', '!src/**/*.test.tsx'] },
  preview: { headers: SECURITY_HEADERS },
  // The charts' code (recharts and the kinds' chart components) is one lazy chunk of its own: see src/charts/chart-code.ts.
  build: { target: 'es2022', reportCompressedSize: false },
}))
