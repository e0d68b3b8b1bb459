#!/usr/bin/env node
// Screenshots of built views, the way a person would look at them.
//   node scripts/shoot.mjs [--dist dist] [--out docs/screenshots] [--sizes 1280x900,390x844,1920x1080] [--themes light,dark] name=/path[?query] ...
// Serves the build with `vite preview`, opens each path in Debian's Chromium, waits for the network to
// settle, and writes <out>/<name>-<w>x<h>-<theme>.png (full page unless --viewport-only).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  if (i < 0) return dflt
  const v = args[i + 1]
  args.splice(i, 2)
  return v
}
const dist = opt('dist', 'dist')
const out = opt('out', 'docs/screenshots')
const sizes = opt('sizes', '1280x900')
  .split(',')
  .map((s) => s.split('x').map(Number))
const themes = opt('themes', 'light,dark').split(',')
const viewportOnly = args.includes('--viewport-only') ? (args.splice(args.indexOf('--viewport-only'), 1), true) : false
const shots = args.map((a) => a.split(/=(.*)/s).slice(0, 2))
if (!shots.length) {
  console.error('usage: node scripts/shoot.mjs [--dist d] [--out d] [--sizes WxH,...] [--themes light,dark] name=/path ...')
  process.exit(2)
}
mkdirSync(out, { recursive: true })
const server = await preview({ build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const base = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  for (const [name, path] of shots)
    for (const [w, h] of sizes)
      for (const theme of themes) {
        const page = await browser.newPage({ viewport: { width: w, height: h } })
        const sep = path.includes('?') ? '&' : '?'
        await page.goto(`${base}${path}${theme === 'light' ? '' : `${sep}theme=${theme}`}`, { waitUntil: 'networkidle' })
        await page.waitForTimeout(300)
        const file = join(out, `${name}-${w}x${h}-${theme}.png`)
        await page.screenshot({ path: file, fullPage: !viewportOnly })
        console.log(file)
        await page.close()
      }
} finally {
  await browser.close()
  await server.close()
}
