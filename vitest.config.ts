import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mock-data/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Only the palette is read (as raw text, by exports); other CSS is skipped for speed.
    css: { include: [/palette\.css/] },
    testTimeout: 30_000,
  },
})
