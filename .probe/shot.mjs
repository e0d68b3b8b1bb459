import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ build: { outDir: 'dist-mine' }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const base = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const [w, h] = (process.env.SIZE ?? '1920x1080').split('x').map(Number)
for (const spec of process.argv.slice(2)) {
  const [id, n, build] = spec.split(':')
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()))
  await page.goto(`${base}/present/${id}?slide=${n}${process.env.THEME ? '&theme=' + process.env.THEME : ''}`, { waitUntil: 'networkidle' })
  await page.waitForTimeout(600)
  if (build) { await page.keyboard.press('t'); await page.waitForTimeout(500) }
  const f = `/tmp/shots13/${id}-${n}${build ? 'b' : ''}-${process.env.THEME ?? 'light'}-${w}.png`
  await page.locator('.present__stage > .slide').screenshot({ path: f })
  console.log(f)
  await page.close()
}
await browser.close(); await server.close()
