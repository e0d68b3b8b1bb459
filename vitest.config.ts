import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/** Tests that render React, go through MSW and fetch, or parse SVG run in jsdom; pure ones skip its start-up cost. */
const DOM_TESTS = ['src/**/*.test.tsx', 'src/api/**/*.test.ts', 'src/ui/export/**/*.test.ts']

export default defineConfig({
  plugins: [react()],
  test: {
    // Only the palette is read (as raw text, by exports); other CSS is skipped for speed.
    css: { include: [/palette\.css/] },
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: DOM_TESTS, setupFiles: ['src/test/setup.ts'] } },
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'mock-data/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: DOM_TESTS },
      },
    ],
  },
})
