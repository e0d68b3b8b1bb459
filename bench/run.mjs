#!/usr/bin/env node
// npm run bench: builds the app (and a one-chart baseline page) into bench/out, serves them with vite preview,
// drives Debian's Chromium through playwright-core and prints a table. It reports figures; it asserts nothing.
//
//   node bench/run.mjs [--runs 9] [--no-build [--dist <built-dir>]] [--big-only | --story] [--cpu 1]
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import { initialJs } from './bytes.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'bench/out')
const cli = process.argv.slice(2)
// --dist <dir>: measure an existing build (with --no-build), e.g. one of an older commit for a before/after pair.
const dist = cli.includes('--dist') ? resolve(cli[cli.indexOf('--dist') + 1]) : join(out, 'dist')
// Named dist so tools that skip build output (the own-words check) skip it too.
const dist500 = join(out, 'synthetic', 'dist')
const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 9
const LOADS = Math.max(3, Math.ceil(RUNS / 3))
const RATES = args.includes('--cpu') ? [Number(args[args.indexOf('--cpu') + 1])] : [1, 4]
// Only the big-series rows (issue 16 item 10): a quick check while working on large series.
const BIG_ONLY = args.includes('--big-only')
// --story: only the baseline and story measures (a quick check while working on the Study view).
const STORY_ONLY = args.includes('--story')

// Same flags as the e2e specs (parsed from e2e/browser.ts so there is one list), plus: no frame-rate cap, so
// "next paint" measures the work, not the wait for a 60 Hz vsync.
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(join(root, 'e2e/browser.ts'), 'utf8')
    .match(/CHROMIUM_ARGS = (\[[^\]]*\])/)[1]
    .replace(/'/g, '"')
    .replace(/,\s*\]$/, ']'), // a trailing comma, as Prettier writes a multi-line array
)
const ARGS = [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync']

const log = (...a) => console.error('[bench]', ...a)
/** Selector prefix for the live app once it has taken over from the first screen drawn at build time (#snapshot). */
const LIVE = 'html:not(:has(#snapshot)) #root'

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const ms = (x) => (x === undefined ? '—' : Number.isNaN(x) ? 'did not finish in 90 s' : `${x.toFixed(1)} ms`)
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`

if (!args.includes('--no-build')) {
  log('building the app into bench/out/dist')
  await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } })
}
if (!args.includes('--no-build') && !BIG_ONLY) {
  log('building the one-chart baseline into bench/out/dist/baseline')
  await build({
    root: join(root, 'bench/baseline'),
    configFile: false,
    base: '/baseline/',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: join(dist, 'baseline'), emptyOutDir: true, target: 'es2022' },
  })
  log('copying to bench/out/synthetic/dist and generating 500 synthetic studies there')
  rmSync(dist500, { recursive: true, force: true })
  cpSync(dist, dist500, { recursive: true })
  execFileSync(process.execPath, [join(root, 'scripts/gen-studies.mjs'), dist500, '--count', '500'], { stdio: 'inherit' })
}
if (!existsSync(join(dist, 'index.html'))) throw new Error('bench/out/dist is missing: run without --no-build')

const serve = async (outDir) => {
  const server = await preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' })
  return { server, url: server.resolvedUrls.local[0].replace(/\/$/, '') }
}
const app = await serve(dist)
const big = BIG_ONLY ? null : await serve(dist500)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
const version = browser.version()
const probes = readFileSync(join(root, 'bench/probes.js'), 'utf8')

/** A fresh page (own context: cold memory cache) with the probes and CPU throttling at `rate`. */
async function openPage(rate) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  await context.addInitScript(probes)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  page.on('pageerror', (e) => log('page error:', e.message))
  return { page, close: () => context.close() }
}

/** ms from navigation start until `selector` is painted, median of LOADS cold loads. */
async function timeToPaint(url, selector, rate) {
  const xs = []
  for (let i = 0; i < LOADS; i++) {
    const { page, close } = await openPage(rate)
    await page.goto(url, { waitUntil: 'commit' })
    xs.push(await page.evaluate((s) => window.__paintedAt(s), selector))
    await close()
  }
  return median(xs)
}

/** Median next-paint and settled times of RUNS repetitions of `step` (each an in-page interaction). */
async function interactions(page, step) {
  await page.waitForTimeout(300)
  await step(page) // warm-up: first use compiles code paths
  const paint = []
  const settled = []
  let changes = 0
  for (let i = 0; i < RUNS; i++) {
    const r = await step(page, i)
    paint.push(r.paint)
    settled.push(r.settled)
    changes = Math.max(changes, r.changes)
  }
  return { paint: median(paint), settled: median(settled), changes }
}

/** Titles of the generated big series (one figure group, "Fig. 9", with one panel per kind). */
const BIG = {
  correlation: 'Ten thousand generated points',
  survival: 'Ten thousand generated subjects',
  growth: 'Nine thousand generated volumes',
  dose: 'Six thousand generated viabilities',
}

/**
 * Issue 16, item 10: mo2022 served with four generated big series in a new figure group "Fig. 9" (a 10,000-point
 * scatter, survival from 2 × 5,000 subjects, growth with 3 × 3,000 volumes, dose-response with 2 × 3,000
 * viabilities, fitted) and 5,000 generated evidence rows (the e2e spec, e2e/hardening-2.spec.ts, serves the same). Returns a
 * page on /study/mo2022 after a person's path: load, clear the opening step's selection, open "Fig. 9", open the
 * evidence table and scroll it; with the longest main-thread task seen along the way.
 */
async function bigStudy(rate) {
  const p = await openPage(rate)
  const edit = (glob, change) =>
    p.page.route(glob, async (route) => {
      const res = await route.fetch()
      const json = await res.json()
      change(json)
      await route.fulfill({ response: res, body: JSON.stringify(json) })
    })
  await edit('**/api/studies/mo2022/series.json', (list) => list.push(...bigSeries(list)))
  await edit('**/api/studies/mo2022/evidence.json', (rows) => {
    for (let i = 0; i < 5000; i++) rows.push({ ...rows[0], id: `gen-${i}`, measure: `generated measure ${i}` })
  })
  await p.page.addInitScript(() => {
    window.__longest = 0
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({
      type: 'longtask',
      buffered: true,
    })
  })
  await p.page.goto(`${app.url}/study/mo2022`, { waitUntil: 'commit' })
  // The live app's first chart (a drawn-ahead copy of the first screen may be painted before it: scripts/prerender.ts).
  const t0 = await p.page.evaluate(() => window.__paintedAt('html:not(:has(#snapshot)) #root figure .recharts-surface'))
  // The longest task of each phase: what the app does on load is apart from what opening and scrolling cost.
  const longest = {}
  const phaseEnd = async (name) => {
    await p.page.waitForTimeout(300)
    longest[name] = await p.page.evaluate(() => window.__longest)
    await p.page.evaluate(() => (window.__longest = 0))
  }
  await phaseEnd('load')
  await p.page.locator('#main').getByText('Customise drugs and conditions').click()
  await p.page.getByRole('button', { name: /^Clear all drugs and conditions/ }).click()
  await phaseEnd('clear the selection')
  const open = await p.page.evaluate(() => window.__click('details#fig-9 > summary'))
  for (const title of Object.values(BIG)) await p.page.getByRole('figure', { name: title, exact: true }).locator('.recharts-surface').first().waitFor()
  await phaseEnd('open the group')
  await p.page.locator('details#evidence').evaluate((d) => (d.open = true))
  const table = p.page.getByRole('region', { name: 'Evidence table, scrollable' })
  await table.scrollIntoViewIfNeeded()
  for (const f of [0.25, 0.5, 0.75, 1]) {
    await table.evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), f)
    await p.page.waitForTimeout(100)
  }
  await phaseEnd('open and scroll the evidence table')
  const dom = await p.page.evaluate(() => document.getElementsByTagName('*').length)
  const drawn = await p.page.locator('figure:has(.recharts-surface) .chart__stat', { hasText: /drawn [\d,]+ of/ }).allInnerTexts()
  return { ...p, firstChart: t0, open, dom, drawn, longest, longestSince: () => p.page.evaluate(() => window.__longest) }
}

/** The four generated big series, modelled on mo2022's own series of each kind (so they pass the schema). */
function bigSeries(list) {
  const at = (locator) => ({ study: 'mo2022', locator })
  const datum = (x, y, locator) => ({ x, y, provenance: 'illustrative', source: at(locator) })
  const corr = list.find((x) => x.kind === 'correlation')
  const surv = list.find((x) => x.kind === 'survival' && x.arms.some((a) => a.points?.length))
  const growth = list.find((x) => x.kind === 'growth')
  const dose = list.find((x) => x.kind === 'dose-response' && x.curves.some((c) => c.points?.length))
  return [
    {
      ...corr,
      id: 'big-scatter',
      title: BIG.correlation,
      source: at('Fig. 9A'),
      points: Array.from({ length: 10_000 }, (_, i) => datum((i * 7919) % 1000, ((i * 104_729) % 997) / 10, 'Fig. 9A')),
    },
    {
      ...surv,
      id: 'big-survival',
      title: BIG.survival,
      source: at('Fig. 9B'),
      arms: surv.arms.map((arm, k) => ({
        ...Object.fromEntries(Object.entries(arm).filter(([key]) => key !== 'points' && key !== 'median')),
        // Times spread over 0–200 months, a third censored: a Kaplan–Meier curve with thousands of steps.
        subjects: Array.from({ length: 5000 }, (_, i) => ({
          time: {
            value: Math.round(((i * 7919 + k * 331) % 5003) * (0.02 + 0.02 * k) * 100) / 100,
            unit: surv.timeUnit,
            provenance: 'illustrative',
            source: at('Fig. 9B'),
          },
          event: i % 3 !== 0,
        })),
      })),
    },
    {
      ...growth,
      id: 'big-growth',
      title: BIG.growth,
      source: at('Fig. 9C'),
      arms: growth.arms.map((a, k) => ({
        ...a,
        points: Array.from({ length: 3000 }, (_, i) => datum(i / 100, 150 + i * (0.3 - 0.1 * k) + ((i * 7919) % 97), 'Fig. 9C')),
      })),
    },
    {
      ...dose,
      id: 'big-dose',
      title: BIG.dose,
      source: at('Fig. 9D'),
      // No reported IC50 or Hill slope: each curve is a 4PL least-squares fit to its 3,000 points (600 doses × 5).
      curves: dose.curves.slice(0, 2).map((c, k) => ({
        ...Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'ic50' && key !== 'hillSlope')),
        points: Array.from({ length: 3000 }, (_, i) => {
          const x = 10 ** (-3 + (i % 600) / 100)
          return datum(x, 100 / (1 + x / (0.5 + 4 * k)) + ((i * 7919) % 11) - 5, 'Fig. 9D')
        }),
      })),
    },
  ]
}

// What to measure, from the built data: the busiest study (most series), and the agent most of its groups use.
const apiJson = (p) => JSON.parse(readFileSync(join(dist, 'api', p), 'utf8'))
const studies = apiJson('studies.json').map((s) => s.id)
const seriesOf = Object.fromEntries(studies.map((id) => [id, apiJson(`studies/${id}/series.json`)]))
const busiest = studies.reduce((a, b) => (seriesOf[b].length > seriesOf[a].length ? b : a))
const groups = (s) => s.curves ?? s.arms ?? s.groups ?? []
const agentUse = new Map()
for (const s of seriesOf[busiest]) for (const g of groups(s)) for (const a of g.agents ?? []) agentUse.set(a, (agentUse.get(a) ?? 0) + 1)
const busyAgent = [...agentUse].sort((a, b) => b[1] - a[1])[0][0]
const catalogue = apiJson('catalogue.json')
const nameOf = (id) => catalogue.find((a) => a.id === id)?.name ?? id
// Compare with four selections across three studies: two dose-response curves, two survival arms.
const taken = new Set()
const pickKey = (kind, prefer) => {
  const usable = (g) => (kind === 'survival' || g.agents?.length) && (g.points?.length || g.median)
  for (const id of [prefer, ...studies])
    for (const s of seriesOf[id] ?? [])
      for (const g of s.kind === kind ? groups(s) : [])
        if (usable(g) && !taken.has(`${id}:${s.id}`)) {
          taken.add(`${id}:${s.id}`)
          return { key: `${id}:${s.id}:${g.id}`, agents: g.agents ?? [] }
        }
}
const cmp = [
  pickKey('dose-response', 'taniguchi2023'),
  pickKey('dose-response', 'mo2022'),
  pickKey('survival', 'mo2022'),
  pickKey('survival', 'zhang2025'),
].filter(Boolean)
const compareUrl = `${app.url}/compare?cmp=${cmp.map((c) => c.key).join(',')}`
const compareAgent = cmp[0].agents[0]
log(
  `busiest study: ${busiest} (${seriesOf[busiest].length} series), toggling ${nameOf(busyAgent)}; compare: ${cmp.map((c) => c.key).join(' ')}, toggling ${nameOf(compareAgent)}`,
)

const bytes = initialJs(dist)
const rows = []
const row = (what, rate, a, b = '') => rows.push([what, `${rate}×`, a, b])

/** The big-series rows at CPU `rate`. */
async function bigRows(rate) {
  log(`CPU ${rate}×: big series (4 kinds, 35,000 points; 5,000 evidence rows)`)
  const p = await bigStudy(rate)
  const phases = Object.entries(p.longest)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(', ')
  const bigToggle = await interactions(p.page, (pg) => pg.evaluate(() => window.__toggleByName('Palbociclib')))
  row(
    'Big series (4 kinds, 35,000 points; 5,000 evidence rows): open their figure group → next paint',
    rate,
    ms(p.open.paint),
    `settled ${ms(p.open.settled)}; first chart ${ms(p.firstChart)} after navigation; longest task in each phase: ${phases}; ${p.dom} DOM nodes; ${p.drawn.join(' / ') || 'no "drawn N of M" shown'}`,
  )
  row(
    'Big series: toggle Palbociclib → next paint',
    rate,
    ms(bigToggle.paint),
    `settled ${ms(bigToggle.settled)}; longest task while toggling ${ms(await p.longestSince())}`,
  )
  await p.close()
}

for (const rate of RATES) {
  if (BIG_ONLY) {
    await bigRows(rate)
    continue
  }
  log(`CPU ${rate}×: chart paint`)
  row('Study view (mo2022): first chart painted after navigation', rate, ms(await timeToPaint(`${app.url}/study/mo2022`, 'figure .recharts-surface', rate)))

  log(`CPU ${rate}×: baseline paint`)
  const basePaint = await timeToPaint(`${app.url}/baseline/`, '.recharts-surface', rate)
  row('Baseline: one bare recharts chart painted after navigation', rate, ms(basePaint))

  log(`CPU ${rate}×: story first screen`)
  // The story's first screen is done when the pathway and the step's key figure are both painted.
  const story = await timeToPaint(`${app.url}/study/mo2022`, '.story:has(.story__pw svg.pw-svg):has(.story__key .recharts-surface)', rate)
  row('Study view (mo2022): story first screen (pathway + key figure) painted', rate, ms(story), `ratio to baseline paint ${(story / basePaint).toFixed(2)}×`)
  // The first screen above is the page drawn at build time (scripts/prerender.ts) when the build has it; this is
  // when the live app has drawn the same screen and taken over, i.e. when the step buttons answer.
  const live = await timeToPaint(`${app.url}/study/mo2022`, `${LIVE} .story:has(.story__pw svg.pw-svg):has(.story__key .recharts-surface)`, rate)
  row('Study view (mo2022): live app took over the first screen (controls answer)', rate, ms(live), `ratio to baseline paint ${(live / basePaint).toFixed(2)}×`)

  log(`CPU ${rate}×: baseline toggle`)
  let p = await openPage(rate)
  await p.page.goto(`${app.url}/baseline/`)
  await p.page.waitForSelector('.recharts-surface')
  const base = await interactions(p.page, (pg) => pg.evaluate(() => window.__toggleByName('Drug')))
  await p.close()
  row('Baseline: one bare recharts chart, toggle → next paint', rate, ms(base.paint), `settled ${ms(base.settled)}`)

  log(`CPU ${rate}×: story step change`)
  p = await openPage(rate)
  await p.page.goto(`${app.url}/study/mo2022`)
  // The live app, not the first screen drawn at build time: clicks on that copy do nothing, and would be timed as
  // steps that cost nothing.
  await p.page.waitForSelector(`${LIVE} .story__key .recharts-surface`)
  await p.page.waitForTimeout(1000)
  // Alternates Next and Previous between steps 1 and 2, so each click changes the pathway and every story figure.
  const stepping = await interactions(p.page, (pg, i) =>
    pg.evaluate((label) => window.__click(`button[aria-label="${label}"]`), (i ?? 1) % 2 ? 'Previous step' : 'Next step'),
  )
  await p.close()
  row(
    'Study view (mo2022): step change (pathway + step figures) → next paint',
    rate,
    ms(stepping.paint),
    `settled ${ms(stepping.settled)}; ratio to baseline toggle ${(stepping.paint / base.paint).toFixed(2)}× (settled ${(stepping.settled / base.settled).toFixed(2)}×)`,
  )

  if (STORY_ONLY) continue
  log(`CPU ${rate}×: busiest study toggle`)
  p = await openPage(rate)
  await p.page.goto(`${app.url}/study/${busiest}`)
  await p.page.waitForSelector(`${LIVE} figure .recharts-surface`)
  await p.page.waitForTimeout(1500)
  const charts = await p.page.locator('figure .recharts-surface').count()
  const study = await interactions(p.page, (pg) => pg.evaluate((n) => window.__toggleByName(n), nameOf(busyAgent)))
  await p.close()
  row(
    `Study ${busiest} (${charts} charts), toggle ${nameOf(busyAgent)} → next paint`,
    rate,
    ms(study.paint),
    `settled ${ms(study.settled)}; ratio to baseline ${(study.paint / base.paint).toFixed(2)}× (settled ${(study.settled / base.settled).toFixed(2)}×)`,
  )

  log(`CPU ${rate}×: compare toggle`)
  p = await openPage(rate)
  await p.page.goto(compareUrl)
  await p.page.waitForSelector('figure .recharts-surface')
  await p.page.waitForTimeout(800)
  const cmpCharts = await p.page.locator('figure .recharts-surface').count()
  const compare = await interactions(p.page, (pg) => pg.evaluate((n) => window.__toggleByName(n), nameOf(compareAgent)))
  await p.close()
  row(
    `Compare, 4 selections (${cmpCharts} charts), toggle ${nameOf(compareAgent)} → next paint`,
    rate,
    ms(compare.paint),
    `settled ${ms(compare.settled)}; ratio to baseline ${(compare.paint / base.paint).toFixed(2)}×`,
  )

  await bigRows(rate)

  log(`CPU ${rate}×: overview with 504 studies`)
  const tti = []
  for (let i = 0; i < LOADS; i++) {
    p = await openPage(rate)
    await p.page.goto(big.url, { waitUntil: 'commit' })
    tti.push(await p.page.evaluate(() => window.__paintedAt('.pm-btn')))
    log(`  load ${i + 1}: ${ms(tti.at(-1))}`)
    if (i < LOADS - 1) await p.close()
  }
  if (Number.isNaN(tti.at(-1))) {
    const status = await p.page.locator('main').innerText()
    log(`overview did not finish: ${status.slice(-400)}`)
    row('Overview, 504 studies: matrix painted and clickable', rate, ms(median(tti)))
    await p.close()
    continue
  }
  const failedNote = await p.page.locator('.panel-error__title').allInnerTexts()
  if (failedNote.length) log(failedNote.join(' / '))
  const rowsShown = await p.page.locator('.pm-table tbody tr:not(.pm-spacer)').count()
  const summary = await p.page.locator('.pm-summary').innerText()
  row(`Overview, 504 studies: matrix painted and clickable (${summary.split(':')[0]}; ${rowsShown} rows in the DOM)`, rate, ms(median(tti)))
  const classes = await p.page.$$eval('.pm-filters label:nth-of-type(3) select option', (os) => os.map((o) => o.value).filter(Boolean))
  const filt = await interactions(p.page, (pg, i) =>
    pg.evaluate((v) => window.__select('.pm-filters label:nth-of-type(3) select', v), classes[(i ?? 0) % classes.length] ?? ''),
  )
  row('Overview, 504 studies: drug-class filter → next paint', rate, ms(filt.paint), `matrix redrawn (settled) ${ms(filt.settled)}`)
  const search = await interactions(p.page, (pg, i) =>
    pg.evaluate((v) => window.__type('.pm-filters input[type=search]', v), ['syn-1', 'lapat', 'h3122', 'nrf2'][(i ?? 0) % 4]),
  )
  row('Overview, 504 studies: search keystroke → next paint', rate, ms(search.paint), `matrix redrawn (settled) ${ms(search.settled)}`)
  await p.page.evaluate(() => window.__type('.pm-filters input[type=search]', ''))
  await p.page.evaluate(() => window.__select('.pm-filters label:nth-of-type(3) select', ''))
  await p.page.waitForSelector('.pm-btn')
  const open = await interactions(p.page, (pg) => pg.evaluate(() => window.__interact(() => document.querySelector('.pm-btn').click())))
  row('Overview, 504 studies: open a cell’s evidence → next paint', rate, ms(open.paint), `settled ${ms(open.settled)}`)
  await p.close()
}

await browser.close()
await app.server.close()
await big?.server.close()

const table = [
  ['Measure', 'CPU', 'Median', 'Also'],
  ['Initial JS of the first route (Overview)', '—', `${kib(bytes.raw)} raw, ${kib(bytes.gzip)} gzip`, `${bytes.files.length} file(s)`],
  ...rows,
]
const widths = table[0].map((_, c) => Math.max(...table.map((r) => String(r[c]).length)))
const line = (r) => `| ${r.map((x, c) => String(x).padEnd(widths[c])).join(' | ')} |`
console.log(`\nResistance Explorer bench — Chromium ${version}, median of ${RUNS} interactions / ${LOADS} loads; "settled" = DOM quiet for 3 frames.\n`)
console.log(line(table[0]))
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
for (const r of table.slice(1)) console.log(line(r))
