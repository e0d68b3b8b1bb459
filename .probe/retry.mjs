import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ build: { outDir: 'dist-mine' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const base = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
await page.goto(`${base}/present/zhang2025?slide=8`, { waitUntil: 'networkidle' })
await page.waitForTimeout(600)
console.log(await page.evaluate(() => [...document.querySelectorAll('.present__stage button')].map((b) => b.closest('section,div')?.outerHTML.slice(0, 600))))
await browser.close(); await server.close()
