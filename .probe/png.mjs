import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ build: { outDir: 'dist-mine' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const base = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
page.on('pageerror', (e) => console.log('ERR', e.message))
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()))
await page.goto(`${base}/present/mo2022?slide=7`, { waitUntil: 'networkidle' })
await page.waitForTimeout(800)
await page.getByRole('button', { name: 'Slide as PNG' }).click()
await page.waitForTimeout(4000)
await browser.close(); await server.close()
