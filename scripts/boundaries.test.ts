// @vitest-environment node
import { readdirSync } from 'node:fs'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'
import { LAYERS, PACKAGE_BANS } from '../eslint.config.js'

/** One probe: a snippet linted as if it lived at `file`; `fires` is the sorted list of rules that must fire ([] = allowed). */
interface Probe {
  zone: string
  what: string
  file: string
  code: string
  fires: string[]
}

const PATHS = 'import-x/no-restricted-paths'
const IMPORTS = 'no-restricted-imports'
const importing = (spec: string) => `import * as m from '${spec}'\nexport const probe = m\n`
const dirs = (path: string) =>
  readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
const firstModule = (dir: string) =>
  readdirSync(dir)
    .find((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f))!
    .replace(/\.tsx?$/, '')

/** src/ imports each zone may not make, and one it may. Paths are real modules, so the resolver sees them. */
const ZONE_PROBES: Probe[] = [
  { zone: 'domain', what: 'app code', file: 'src/domain/probe.ts', code: importing('../api/client'), fires: [PATHS] },
  { zone: 'domain', what: 'its own modules', file: 'src/domain/probe.ts', code: importing('./format'), fires: [] },
  { zone: 'api', what: 'the store', file: 'src/api/probe.ts', code: importing('../state/store'), fires: [PATHS] },
  { zone: 'api', what: 'the schemas', file: 'src/api/probe.ts', code: importing('../domain/schema/bundle'), fires: [] },
  { zone: 'mocks', what: 'the api', file: 'src/mocks/probe.ts', code: importing('../api/client'), fires: [PATHS] },
  { zone: 'mocks', what: 'the schemas', file: 'src/mocks/probe.ts', code: importing('../domain/schema/bundle'), fires: [] },
  { zone: 'state', what: 'the api', file: 'src/state/probe.ts', code: importing('../api/client'), fires: [PATHS] },
  { zone: 'state', what: 'the domain', file: 'src/state/probe.ts', code: importing('../domain/selection'), fires: [] },
  { zone: 'ui', what: 'the store', file: 'src/ui/Probe.tsx', code: importing('../state/store'), fires: [PATHS] },
  { zone: 'ui', what: 'the domain', file: 'src/ui/Probe.tsx', code: importing('../domain/format'), fires: [] },
  { zone: 'charts', what: 'the store', file: 'src/charts/Probe.tsx', code: importing('../state/store'), fires: [PATHS] },
  { zone: 'charts', what: 'the api', file: 'src/charts/Probe.tsx', code: importing('../api/client'), fires: [PATHS] },
  { zone: 'charts', what: 'ui primitives', file: 'src/charts/Probe.tsx', code: importing('../ui/ProvenanceBadge'), fires: [] },
  { zone: 'pathway', what: 'the store', file: 'src/pathway/Probe.tsx', code: importing('../state/store'), fires: [PATHS] },
  { zone: 'pathway', what: 'a view', file: 'src/pathway/Probe.tsx', code: importing('../views/common/useViewHref'), fires: [PATHS] },
  { zone: 'pathway', what: 'ui primitives', file: 'src/pathway/Probe.tsx', code: importing('../ui/ProvenanceBadge'), fires: [] },
  { zone: 'views', what: 'the app shell', file: 'src/views/Probe.tsx', code: importing('../app/App'), fires: [PATHS] },
  { zone: 'views', what: 'MSW handlers', file: 'src/views/Probe.tsx', code: importing('../mocks/handlers'), fires: [PATHS] },
  {
    zone: 'views',
    what: 'the store and a chart',
    file: 'src/views/Probe.tsx',
    code: `${importing('../state/store')}export * from '../charts/ChartFrame'\n`,
    fires: [],
  },
  { zone: 'app', what: 'MSW handlers', file: 'src/app/Probe.tsx', code: importing('../mocks/handlers'), fires: [PATHS] },
  { zone: 'app', what: 'the views', file: 'src/app/Probe.tsx', code: importing('../views/common/useViewHref'), fires: [] },
  { zone: 'test', what: 'app code importing the test harness', file: 'src/views/Probe.tsx', code: importing('../test/render-app'), fires: [PATHS] },
  { zone: 'test', what: 'the harness itself using MSW', file: 'src/test/probe.ts', code: importing('../mocks/server'), fires: [] },
  { zone: 'tests', what: 'a test using MSW handlers', file: 'src/views/Probe.test.tsx', code: importing('../mocks/handlers'), fires: [] },
  { zone: 'tests', what: 'a test in charts using the store', file: 'src/charts/probe.test.tsx', code: importing('../state/store'), fires: [PATHS] },
]

/** Each view folder may use itself and src/views/common, never another view's folder. */
const viewFolders = dirs('src/views')
const VIEW_PROBES: Probe[] = viewFolders.flatMap((v) => {
  const other = viewFolders.find((o) => o !== v && o !== 'common')!
  return [
    {
      zone: `views/${v}`,
      what: `views/${other}`,
      file: `src/views/${v}/Probe.tsx`,
      code: importing(`../${other}/${firstModule(`src/views/${other}`)}`),
      fires: [PATHS],
    },
    { zone: `views/${v}`, what: 'views/common', file: `src/views/${v}/Probe.tsx`, code: importing(`../common/${firstModule('src/views/common')}`), fires: [] },
  ]
})

/** Packages each folder may not import (the spec; the config's tables must match it). */
const BANNED: Record<string, string[]> = {
  domain: ['react', 'react-dom/client', 'react/jsx-runtime', 'recharts', 'zustand', '@tanstack/react-query', 'wouter', 'msw'],
  ui: ['@tanstack/react-query', 'zustand', 'wouter', 'msw'],
  charts: ['@tanstack/react-query', 'zustand', 'wouter', 'msw', 'msw/node'],
  pathway: ['@tanstack/react-query', 'zustand', 'wouter', 'msw'],
  api: ['msw'],
  state: ['msw'],
  views: ['msw', 'msw/browser'],
  app: ['msw'],
}
/** One package each folder does use, which must stay allowed. */
const ALLOWED: Record<string, string> = {
  domain: 'zod',
  ui: 'react',
  charts: 'recharts',
  pathway: '@dagrejs/dagre',
  api: '@tanstack/react-query',
  state: 'zustand',
  views: 'wouter',
  app: 'react-dom/client',
  mocks: 'msw',
}
const ext = (layer: string) => (layer === 'domain' || layer === 'api' || layer === 'state' || layer === 'mocks' ? 'ts' : 'tsx')

const PACKAGE_PROBES: Probe[] = [
  ...Object.entries(BANNED).flatMap(([layer, pkgs]) =>
    pkgs.map((p) => ({ zone: layer, what: p, file: `src/${layer}/probe.${ext(layer)}`, code: importing(p), fires: [IMPORTS] })),
  ),
  ...Object.entries(ALLOWED).map(([layer, p]) => ({ zone: layer, what: p, file: `src/${layer}/probe.${ext(layer)}`, code: importing(p), fires: [] })),
  // The domain ban holds for .tsx files too.
  { zone: 'domain', what: 'react from a .tsx', file: 'src/domain/probe.tsx', code: importing('react'), fires: [IMPORTS] },
  // Tests may use MSW, but a chart's test still may not reach for the store's package.
  { zone: 'tests', what: 'msw in a chart test', file: 'src/charts/probe.test.tsx', code: importing('msw'), fires: [] },
  { zone: 'tests', what: 'zustand in a chart test', file: 'src/charts/probe.test.tsx', code: importing('zustand'), fires: [IMPORTS] },
  { zone: 'tests', what: 'react in a domain test', file: 'src/domain/probe.test.ts', code: importing('react'), fires: [IMPORTS] },
  // main.tsx reaches MSW only through its dev-only dynamic import of src/mocks.
  { zone: 'main', what: 'msw', file: 'src/main.tsx', code: importing('msw'), fires: [IMPORTS] },
  { zone: 'main', what: 'a static import of src/mocks', file: 'src/main.tsx', code: importing('./mocks/browser'), fires: ['no-restricted-syntax'] },
  { zone: 'main', what: 'the dynamic import of src/mocks', file: 'src/main.tsx', code: "export const start = () => import('./mocks/browser')\n", fires: [] },
]

/** Only src/api touches the network: the global, and through window, globalThis or self. */
const FETCH_PROBES: Probe[] = [
  ...['domain', 'mocks', 'state', 'ui', 'charts', 'pathway', 'views', 'app', 'test'].map((layer) => ({
    zone: layer,
    what: 'fetch()',
    file: `src/${layer}/probe.ts`,
    code: "export const get = () => fetch('/api/x')\n",
    fires: ['no-restricted-globals'],
  })),
  { zone: 'main', what: 'fetch()', file: 'src/main.tsx', code: "export const get = () => fetch('/api/x')\n", fires: ['no-restricted-globals'] },
  ...['window', 'globalThis', 'self'].map((o) => ({
    zone: 'views',
    what: `${o}.fetch()`,
    file: 'src/views/probe.ts',
    code: `export const get = () => ${o}.fetch('/api/x')\n`,
    fires: ['no-restricted-properties'],
  })),
  {
    zone: 'views',
    what: 'fetch() in a test',
    file: 'src/views/probe.test.ts',
    code: "export const get = () => fetch('/api/x')\n",
    fires: ['no-restricted-globals'],
  },
  { zone: 'api', what: 'fetch()', file: 'src/api/probe.ts', code: "export const get = () => fetch('/api/x')\n", fires: [] },
]

const OTHER_PROBES: Probe[] = [
  {
    zone: 'ui',
    what: 'dangerouslySetInnerHTML',
    file: 'src/ui/Probe.tsx',
    code: 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />\n',
    fires: ['no-restricted-syntax'],
  },
]

const PROBES = [...ZONE_PROBES, ...VIEW_PROBES, ...PACKAGE_PROBES, ...FETCH_PROBES, ...OTHER_PROBES]
const fired = new Map<Probe, string[]>()

// One ESLint instance lints every probe (its resolver and module caches are shared), in parallel.
beforeAll(async () => {
  // The probes are made-up files outside the TypeScript project, so the type-aware rule (switch exhaustiveness) is off here.
  const eslint = new ESLint({
    overrideConfig: [
      {
        files: ['src/**/*.{ts,tsx}'],
        languageOptions: { parserOptions: { projectService: false } },
        rules: { '@typescript-eslint/switch-exhaustiveness-check': 'off' },
      },
    ],
  })
  await Promise.all(
    PROBES.map(async (p) => {
      const [result] = await eslint.lintText(p.code, { filePath: p.file })
      fired.set(p, (result?.messages ?? []).map((m) => m.ruleId ?? m.message).sort())
    }),
  )
}, 60_000)

describe('the one-way data flow is a lint error, not a habit', () => {
  it.each(PROBES.map((p) => [`${p.zone}: ${p.what} in ${p.file} ${p.fires.length ? 'fails' : 'passes'}`, p] as const))('%s', (_, p) => {
    expect(fired.get(p)).toEqual(p.fires)
  })
})

describe('the probes cover the config', () => {
  it('every folder directly under src/ belongs to a zone, and every zone is a folder', () => {
    expect(dirs('src').sort()).toEqual(Object.keys(LAYERS).sort())
  })

  it('every zone has a probe that must fail and one that must pass', () => {
    for (const zone of [...Object.keys(LAYERS), ...viewFolders.map((v) => `views/${v}`)]) {
      const mine = PROBES.filter((p) => p.zone === zone)
      expect(
        mine.some((p) => p.fires.length > 0),
        `${zone}: a failing probe`,
      ).toBe(true)
      expect(
        mine.some((p) => p.fires.length === 0),
        `${zone}: a passing probe`,
      ).toBe(true)
    }
  })

  it('every package ban in the config is proven by a probe, and the config bans what the spec lists', () => {
    const matches = (pattern: string, pkg: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(pkg)
    for (const [layer, { packages }] of Object.entries(PACKAGE_BANS))
      for (const pattern of packages)
        expect(
          BANNED[layer]?.some((p) => matches(pattern, p)),
          `${layer}: a probe for ${pattern}`,
        ).toBe(true)
    expect(Object.keys(PACKAGE_BANS).every((l) => l in BANNED)).toBe(true)
  })
})
