import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { readFileSync, writeFileSync } from 'node:fs'
const root = '/work/wt-big'
const probes = readFileSync(root + '/bench/probes.js', 'utf8')
const server = await preview({ root, build: { outDir: root + '/bench/out/dist' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const app = { url: server.resolvedUrls.local[0].replace(/\/$/, '') }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
let cdp
async function openPage(rate) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  await context.addInitScript(probes)
  const page = await context.newPage()
  cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  return { page, close: () => context.close() }
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
 * viabilities) and 5,000 generated evidence rows (the e2e spec, e2e/hardening-2.spec.ts, serves the same). Returns a
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
  const t0 = await p.page.evaluate(() => window.__paintedAt('figure .recharts-surface'))
  await p.page.getByText('Customise drugs and conditions').click()
  await p.page.getByRole('button', { name: /^Clear all drugs and conditions/ }).click()
  const open = await p.page.evaluate(() => window.__click('details#fig-9 > summary'))
  for (const title of Object.values(BIG)) await p.page.getByRole('figure', { name: title, exact: true }).locator('.recharts-surface').first().waitFor()
  await p.page.locator('details#evidence').evaluate((d) => (d.open = true))
  const table = p.page.getByRole('region', { name: 'Evidence table, scrollable' })
  await table.scrollIntoViewIfNeeded()
  for (const f of [0.25, 0.5, 0.75, 1]) {
    await table.evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), f)
    await p.page.waitForTimeout(100)
  }
  const dom = await p.page.evaluate(() => document.getElementsByTagName('*').length)
  const drawn = await p.page.locator('figure:has(.recharts-surface) .chart__stat', { hasText: /drawn [\d,]+ of/ }).allInnerTexts()
  return { ...p, firstChart: t0, open, dom, drawn, longest: () => p.page.evaluate(() => window.__longest) }
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
      arms: surv.arms.map(({ points, median, ...a }, k) => ({
        ...a,
        // Times spread over 0–200 months, a third censored: a Kaplan–Meier curve with thousands of steps.
        subjects: Array.from({ length: 5000 }, (_, i) => ({
          time: { value: Math.round(((i * 7919 + k * 331) % 5003) * (0.02 + 0.02 * k) * 100) / 100, unit: surv.timeUnit, provenance: 'illustrative', source: at('Fig. 9B') },
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
      curves: dose.curves.slice(0, 2).map((c, k) => ({
        ...c,
        points: Array.from({ length: 3000 }, (_, i) => {
          const x = 10 ** (-3 + (i % 600) / 100)
          return datum(x, 100 / (1 + x / (0.5 + 4 * k)) + ((i * 7919) % 11) - 5, 'Fig. 9D')
        }),
      })),
    },
  ]
}


const p = await openPage(1)
const edit = (glob, change) => p.page.route(glob, async (route) => { const res = await route.fetch(); const json = await res.json(); change(json); await route.fulfill({ response: res, body: JSON.stringify(json) }) })
await edit('**/api/studies/mo2022/series.json', (list) => list.push(...bigSeries(list)))
await edit('**/api/studies/mo2022/evidence.json', (rows) => { for (let i = 0; i < 5000; i++) rows.push({ ...rows[0], id: `gen-${i}`, measure: `generated measure ${i}` }) })
await p.page.goto(`${app.url}/study/mo2022`)
await p.page.waitForSelector('figure .recharts-surface')
await p.page.getByText('Customise drugs and conditions').click()
await p.page.getByRole('button', { name: /^Clear all drugs and conditions/ }).click()
await p.page.waitForTimeout(500)
const phase = process.argv[2] ?? 'open'
if (phase === 'toggle') { await p.page.evaluate(() => window.__click('details#fig-9 > summary')); await p.page.waitForTimeout(1500); await p.page.evaluate(() => window.__toggleByName('Palbociclib')); await p.page.waitForTimeout(500) }
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start')
const r = phase === 'open' ? await p.page.evaluate(() => window.__click('details#fig-9 > summary')) : phase === 'toggle' ? await p.page.evaluate(() => window.__toggleByName('Palbociclib')) : null
if (phase === 'table') { await p.page.locator('details#evidence').evaluate((d) => (d.open = true)); const t = p.page.getByRole('region', { name: 'Evidence table, scrollable' }); await t.scrollIntoViewIfNeeded(); for (const f of [0.25, 0.5, 0.75, 1]) { await t.evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), f); await p.page.waitForTimeout(100) } }
await p.page.waitForTimeout(300)
const { profile } = await cdp.send('Profiler.stop')
console.log(phase, JSON.stringify(r))
const self = new Map(), byId = new Map(profile.nodes.map((n) => [n.id, n]))
const dt = profile.timeDeltas; const counts = new Map()
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0) / 1000))
// self time and inclusive time by function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map()
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + t)
  const seen = new Set(); let cur = id; while (cur) { const m = byId.get(cur); const kk = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`; if (!seen.has(kk)) { incl.set(kk, (incl.get(kk) ?? 0) + t); seen.add(kk) } cur = parent.get(cur) } }
console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k)
console.log('INCL'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v.toFixed(1).padStart(8), k)
writeFileSync('/tmp/bigprof/' + phase + '.cpuprofile', JSON.stringify(profile))
await browser.close(); await server.close()
