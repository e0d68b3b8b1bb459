import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { coxTwoGroups } from '../src/domain/models/cox'
import { kaplanMeier, numberAtRisk } from '../src/domain/models/kaplanMeier'
import { mulberry32, simulateArm } from '../src/domain/models/survivalSim.test-data'
import { axeViolations, browserSession } from './browser'

const base = inject('baseUrl')
const s = browserSession({ width: 1400, height: 1000 })

// The figure: 800 × 500 px, plot area x 70–770 px for 0–30 months, y 30–430 px for S 1–0.
const W = 800
const H = 500
const X0 = 70
const X1 = 770
const Y_TOP = 30
const Y_BOTTOM = 430
const px = (t: number) => X0 + (t / 30) * (X1 - X0)
const py = (surv: number) => Y_BOTTOM - surv * (Y_BOTTOM - Y_TOP)
const COLOURS = ['#1f77b4', '#d62728']
const PRINTED = [0, 5, 10, 15, 20, 25]

// Two known arms: exponential times (medians 10 and 16 months), uniform censoring up to 30 months.
const rand = mulberry32(2024)
const arms = [simulateArm(rand, 150, 10, 30), simulateArm(rand, 150, 16, 30)]
const knownHr = coxTwoGroups(arms[0]!, arms[1]!).hr

/** Draws the two KM curves with axes in a canvas in the page, and returns the PNG bytes. */
async function renderFigure(page: Page): Promise<Buffer> {
  const curves = arms.map((a) => kaplanMeier(a).curve.map((p) => [px(p.t), py(p.s)]))
  const dataUrl = await page.evaluate(
    ({ curves, colours, W, H, axes }) => {
      const c = document.createElement('canvas')
      c.width = W
      c.height = H
      const g = c.getContext('2d')!
      g.fillStyle = '#fff'
      g.fillRect(0, 0, W, H)
      g.strokeStyle = '#000'
      g.lineWidth = 1
      g.beginPath()
      g.moveTo(axes.x0, axes.yTop)
      g.lineTo(axes.x0, axes.yBottom)
      g.lineTo(axes.x1, axes.yBottom)
      g.stroke()
      g.fillStyle = '#000'
      g.font = '14px sans-serif'
      g.fillText('1.0', axes.x0 - 30, axes.yTop + 5)
      g.fillText('0', axes.x0 - 16, axes.yBottom + 5)
      g.fillText('30', axes.x1 - 8, axes.yBottom + 20)
      curves.forEach((pts, i) => {
        g.strokeStyle = colours[i]!
        g.lineWidth = 2
        g.beginPath()
        pts.forEach(([x, y], j) => {
          if (j === 0) g.moveTo(x!, y!)
          else {
            g.lineTo(x!, pts[j - 1]![1]!)
            g.lineTo(x!, y!)
          }
        })
        g.lineTo(axes.x1, pts[pts.length - 1]![1]!)
        g.stroke()
      })
      return c.toDataURL('image/png')
    },
    { curves, colours: COLOURS, W, H, axes: { x0: X0, x1: X1, yTop: Y_TOP, yBottom: Y_BOTTOM } },
  )
  return Buffer.from(dataUrl.split(',')[1]!, 'base64')
}

describe('digitise and reconstruct a survival figure in Chromium', () => {
  it('calibrates, traces two arms, corrects, reconstructs: HR within 5 % of the known one', async () => {
    const { page, errors } = s
    await page.goto(`${base}/digitise`)
    await page.getByRole('heading', { name: 'Digitise a figure' }).waitFor()
    const png = await renderFigure(page)
    await page.getByLabel(/Figure image/).setInputFiles({ name: 'km-figure.png', mimeType: 'image/png', buffer: png })
    const figure = page.getByRole('img', { name: /Figure being digitised: km-figure\.png/ })
    await figure.waitFor()

    // Click in image coordinates: the SVG scales the image to the column's width.
    const clickAt = async (x: number, y: number) => {
      await figure.scrollIntoViewIfNeeded()
      const box = (await figure.boundingBox())!
      await page.mouse.click(box.x + (x / W) * box.width, box.y + (y / H) * box.height)
    }
    // After loading, the first click places x₁, then x₂, y₁, y₂ in turn.
    await clickAt(px(0), py(0))
    await clickAt(px(30), py(0))
    await clickAt(px(0), py(0))
    await clickAt(px(0), py(1))
    await page.getByLabel('x₁ value').fill('0')
    await page.getByLabel('x₂ value').fill('30')
    await page.getByLabel('y₁ value').fill('0')
    await page.getByLabel('y₂ value').fill('1')
    await page.getByRole('status').filter({ hasText: 'Axes calibrated.' }).waitFor()
    await page.getByLabel('Study id').fill('demo2024')
    await page.getByLabel('Figure and panel').fill('Fig. 1')

    for (const [i, label] of ['Control', 'Drug'].entries()) {
      await page.getByRole('radio', { name: new RegExp(`^Arm ${i + 1}`) }).check()
      await page.getByLabel(`Name of arm ${i + 1}`).fill(label)
      await page.getByLabel(`Colour of arm ${i + 1}`).fill(COLOURS[i]!)
      await page.getByRole('button', { name: `Trace ${label} by colour` }).click()
      await page
        .getByRole('status')
        .filter({ hasText: `points for ${label}` })
        .waitFor()
    }
    const captured = async () => Number((await page.getByRole('heading', { name: /Captured points \(\d+\)/ }).innerText()).match(/\d+/)![0])
    const traced = await captured()
    expect(traced).toBeGreaterThan(1000)
    // Correction: erase one traced point of the Drug arm, on its flat tail near 29 months.
    await page.getByRole('button', { name: 'Erase points' }).click()
    await clickAt(px(29), py(kaplanMeier(arms[1]!).curve.at(-1)!.s))
    await expect.poll(captured).toBe(traced - 1)
    // Correction: drag a tail point 40 px down, see it there, and drag it back.
    const tailY = py(kaplanMeier(arms[1]!).curve.at(-1)!.s)
    const dragTo = async (x: number, y0: number, y1: number) => {
      await figure.scrollIntoViewIfNeeded()
      const box = (await figure.boundingBox())!
      const k = box.width / W
      await page.mouse.move(box.x + x * k, box.y + y0 * k)
      await page.mouse.down()
      await page.mouse.move(box.x + x * k, box.y + ((y0 + y1) / 2) * k)
      await page.mouse.move(box.x + x * k, box.y + y1 * k)
      await page.mouse.up()
    }
    // Red (Drug) markers with cy in [y0, y1], in image pixels.
    const redPointsIn = (y0: number, y1: number) =>
      page.evaluate(
        ([y0, y1]) =>
          [...document.querySelectorAll('.digitise-canvas g[fill="#d62728"] circle')].filter(
            (c) => Number(c.getAttribute('cy')) >= y0! && Number(c.getAttribute('cy')) <= y1!,
          ).length,
        [y0, y1],
      )
    await page.getByRole('button', { name: 'Move points' }).click()
    await dragTo(px(28), tailY, tailY + 40)
    await expect.poll(() => redPointsIn(tailY + 37, tailY + 43)).toBe(1)
    expect(await redPointsIn(tailY + 3, tailY + 37)).toBe(0)
    await dragTo(px(28), tailY + 40, tailY)
    await expect.poll(() => redPointsIn(tailY + 3, tailY + 45)).toBe(0)
    await expect.poll(captured).toBe(traced - 1)

    if (process.env.DOC_SHOTS) {
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `${process.env.DOC_SHOTS}/digitise-trace.png` })
    }
    await page.getByLabel('Printed times').fill(PRINTED.join(', '))
    for (const [i, label] of ['Control', 'Drug'].entries()) await page.getByLabel(`Numbers at risk, ${label}`).fill(numberAtRisk(arms[i]!, PRINTED).join(', '))
    await page.getByLabel('Reported HR').fill('0.62')
    await page.getByLabel('Where the paper states it').fill('Fig. 1')
    await page.getByRole('button', { name: 'Reconstruct' }).click()

    const hrRow = page.getByRole('row', { name: /HR, Drug vs Control/ })
    await hrRow.waitFor()
    const hr = Number((await hrRow.getByRole('cell').first().innerText()).match(/^[\d.]+/)![0])
    expect(Math.abs(hr / knownHr - 1), `reconstructed HR ${hr}, known ${knownHr}`).toBeLessThan(0.05)
    await expect.poll(() => page.getByRole('row', { name: /HR as the paper reports it/ }).innerText()).toMatch(/0\.62\s+reported/i)
    // The reconstructed KM chart and the fidelity panel are on the page.
    await page.getByRole('figure', { name: /Overall survival \(reconstructed from Fig\. 1\)/ }).waitFor()
    await page.getByRole('table', { name: /Number at risk: printed under the figure/ }).waitFor()
    // DOC_SHOTS=docs/screenshots writes the two pictures docs/digitise.md shows.
    if (process.env.DOC_SHOTS)
      await page.getByRole('region', { name: /Reconstruct the patients/ }).screenshot({ path: `${process.env.DOC_SHOTS}/digitise-reconstruct.png` })
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })
})
