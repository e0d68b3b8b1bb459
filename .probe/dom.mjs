import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ build: { outDir: 'dist-mine' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const base = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
await page.goto(`${base}/present/mo2022?slide=4`, { waitUntil: 'networkidle' })
await page.waitForTimeout(800)
console.log(await page.evaluate(() => {
  const walk = (el, d) => d > 7 ? '' : `${'  '.repeat(d)}${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}\n` + (el.tagName === 'svg' ? '' : [...el.children].map((c) => walk(c, d + 1)).join(''))
  return walk(document.querySelector('.slide__figure'), 0)
}))
await browser.close(); await server.close()
