import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { readFileSync, writeFileSync } from 'node:fs'
const server = await preview({ root: '/work/wt-speed2', build: { outDir: 'dist-mine', sourcemap: true }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const url = server.resolvedUrls.local[0].replace(/\/$/, '')
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] })
const ctx = await b.newContext({ viewport: { width: 1440, height: 1000 } })
await ctx.addInitScript(readFileSync('bench/probes.js', 'utf8'))
const p = await ctx.newPage()
const cdp = await ctx.newCDPSession(p)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start')
await p.goto(url + '/study/mo2022', { waitUntil: 'commit' })
const t = await p.evaluate(() => window.__paintedAt('.story:has(.story__pathway svg.pw-svg):has(.story__key .recharts-surface)'))
const { profile } = await cdp.send('Profiler.stop')
console.log('paint', t)
writeFileSync('/tmp/speed2-load.cpuprofile', JSON.stringify(profile))
await b.close(); await server.close()
