import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/** Tests that render React or go through MSW and fetch run in jsdom; pure ones skip its start-up cost. */
const DOM_TESTS = ['src/**/*.test.tsx', 'src/api/**/*.test.ts']

export default defineConfig({
  plugins: [react()],
  test: {
    css: false,
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: DOM_TESTS, setupFiles: ['src/test/setup.ts'] } },
      { extends: true, test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'mock-data/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: DOM_TESTS } },
    ],
  },
})
