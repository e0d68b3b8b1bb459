import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Every folder under src/ and the src/ folders it may import (its own always). An unlisted folder
 * fails scripts/boundaries.test.ts, so a new folder has to take a place in the data flow.
 */
export const LAYERS = {
  domain: { may: [], why: 'domain is pure: no app code.' },
  api: { may: ['domain'], why: 'api depends on domain only.' },
  mocks: { may: ['domain'], why: 'mocks serve mock-data through the domain schemas only.' },
  state: { may: ['domain'], why: 'state depends on domain only.' },
  ui: { may: ['domain'], why: 'ui primitives take props; they never fetch or read the store.' },
  charts: { may: ['domain', 'ui'], why: 'charts draw plain typed props: no api, no state.' },
  pathway: { may: ['domain', 'ui'], why: 'pathway draws plain typed props: no api, no state.' },
  views: {
    may: ['domain', 'api', 'state', 'ui', 'charts', 'pathway'],
    why: 'views compose api, state, charts and pathway; never app, mocks or the test harness.',
  },
  app: { may: ['domain', 'api', 'state', 'ui', 'charts', 'pathway', 'views'], why: 'MSW is never on the production path (only main.tsx loads it, in dev).' },
  // The test harness renders the whole app over MSW; only tests import it.
  test: { may: ['domain', 'api', 'mocks', 'state', 'ui', 'charts', 'pathway', 'views', 'app'], why: 'the test harness is for tests.' },
}

/** Packages each folder may not import, on top of the src/ zones (MSW is banned apart, below). */
export const PACKAGE_BANS = {
  domain: { packages: ['react', 'react-*', 'react/*', 'recharts', 'zustand', '@tanstack/*', 'wouter'], why: 'domain is pure TypeScript.' },
  ui: { packages: ['@tanstack/*', 'zustand', 'wouter'], why: 'ui takes plain props: no queries, store or router.' },
  charts: { packages: ['@tanstack/*', 'zustand', 'wouter'], why: 'charts draw plain typed props: no queries, store or router.' },
  pathway: { packages: ['@tanstack/*', 'zustand', 'wouter'], why: 'pathway draws plain typed props: no queries, store or router (views pass links in).' },
}

/** MSW belongs to src/mocks and tests; main.tsx reaches it only through its dev-only dynamic import of src/mocks. */
const MSW = { group: ['msw', 'msw/*'], message: 'MSW lives in src/mocks and tests only.' }

const layerZones = (tests = false) =>
  Object.entries(LAYERS)
    .map(([layer, { may, why }]) => ({
      target: `./src/${layer}`,
      from: Object.keys(LAYERS)
        .filter((l) => l !== layer && !may.includes(l) && !(tests && (l === 'mocks' || l === 'test')))
        .map((l) => `./src/${l}`),
      message: why,
    }))
    .filter((z) => z.from.length)

/** Each view folder uses only itself and src/views/common: shared pieces move to common, so views stay independent. */
const viewFolders = readdirSync(new URL('./src/views', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const viewZones = viewFolders.map((v) => ({
  target: `./src/views/${v}`,
  from: './src/views',
  except: v === 'common' ? ['./common'] : [`./${v}`, './common'],
  message:
    v === 'common'
      ? 'views/common is shared by every view, so it imports none of them.'
      : 'a view imports no other view: shared pieces live in src/views/common.',
}))

const TESTS = ['**/*.test.{ts,tsx}', 'src/test/**']
const NO_INNER_HTML = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Labels are text: never inject HTML.' }

/** Per folder: its package bans plus (outside tests and src/mocks) the MSW ban, as one rule setting. */
const packageBans = ['domain', 'api', 'state', 'ui', 'charts', 'pathway', 'views', 'app'].flatMap((layer) => {
  const own = PACKAGE_BANS[layer] ? [{ group: PACKAGE_BANS[layer].packages, message: PACKAGE_BANS[layer].why }] : []
  const files = [`src/${layer}/**/*.{ts,tsx}`]
  return [
    { files, ignores: TESTS, rules: { 'no-restricted-imports': ['error', { patterns: [...own, MSW] }] } },
    ...(own.length
      ? [{ files: files.map((f) => f.replace('*.{ts,tsx}', '*.test.{ts,tsx}')), rules: { 'no-restricted-imports': ['error', { patterns: own }] } }]
      : []),
  ]
})

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'dev-public', 'bench/out', 'mock-data/schema'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones(), ...viewZones] }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': ['error', NO_INNER_HTML],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests may use MSW and the test harness; the boundaries otherwise hold for them too.
    files: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...layerZones(true), ...viewZones] }] },
  },
  ...packageBans,
  {
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [MSW] }],
      // A static import would put MSW in the production bundle; the dev-only dynamic import is dropped from it.
      'no-restricted-syntax': [
        'error',
        NO_INNER_HTML,
        { selector: 'ImportDeclaration[source.value=/mocks/]', message: 'main.tsx loads src/mocks only by a dev-only dynamic import.' },
      ],
    },
  },
  {
    // One place talks to the network, so every request gets the same timeout, parsing and typed errors.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api fetches.' }],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({ object, property: 'fetch', message: 'Only src/api fetches.' })),
      ],
    },
  },
  {
    // A switch on a union (a series kind, a provenance) must name every member, so a new kind cannot fall through silently.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false }] },
  },
)
