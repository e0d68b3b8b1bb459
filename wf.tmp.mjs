import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { readFileSync } from 'node:fs'
const dir = process.argv[2]
const server = await preview({ root: '/work/wt-speed2', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const url = server.resolvedUrls.local[0].replace(/\/$/, '')
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] })
const probes = readFileSync('bench/probes.js', 'utf8')
for (let k = 0; k < 2; k++) {
const ctx = await b.newContext({ viewport: { width: 1440, height: 1000 } })
await ctx.addInitScript(probes)
const p = await ctx.newPage()
const cdp = await ctx.newCDPSession(p)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await p.goto(url + '/study/mo2022', { waitUntil: 'commit' })
const t = await p.evaluate(() => window.__paintedAt('.story:has(.story__pathway svg.pw-svg):has(.story__key .recharts-surface)'))
const r = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, '').slice(0, 50), Math.round(e.startTime), Math.round(e.responseEnd)]))
const nav = await p.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return [Math.round(n.responseEnd), Math.round(n.domInteractive), Math.round(n.domContentLoadedEventEnd)] })
console.log('paint', t, 'nav', nav)
if (k === 1) for (const x of r) console.log(x.join('\t'))
await ctx.close()
}
await b.close(); await server.close()
