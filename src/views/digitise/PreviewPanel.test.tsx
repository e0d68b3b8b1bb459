import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { dataToPixel, type Calibration } from '../../domain/digitise'
import type { Curve } from './digitise-state'
import { PreviewPanel } from './PreviewPanel'

const FIGURE = { study: 'demo2024', locator: 'Fig. 1', date: '2026-12-02' }

describe('PreviewPanel', () => {
  const LIN: Calibration = {
    x: { a: { pixel: 70, value: 0 }, b: { pixel: 770, value: 30 }, scale: 'linear' },
    y: { a: { pixel: 430, value: 0 }, b: { pixel: 30, value: 1000 }, scale: 'linear' },
  }
  const growth: Curve[] = [{ label: 'Vehicle', colour: '#000000', points: [0, 7, 14, 21].map((d, i) => dataToPixel(LIN, { x: d, y: 100 + 150 * i })) }]

  it('redraws growth points with the app’s growth chart, and says what is missing', async () => {
    const user = userEvent.setup()
    render(<PreviewPanel kind="growth" curves={growth} calibration={LIN} figure={FIGURE} />)
    // Chart code loads lazily, so the figure appears after a tick.
    expect(await screen.findByRole('figure', { name: 'Digitised figure' })).toHaveTextContent('Source: demo2024 · Fig. 1')
    await user.clear(screen.getByLabelText('y unit'))
    expect(screen.getByRole('status')).toHaveTextContent(/^Not drawn yet: unit: /)
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })
})

describe('PreviewPanel for dose-response and bars', () => {
  const LOG: Calibration = {
    x: { a: { pixel: 70, value: 0.001 }, b: { pixel: 770, value: 10 }, scale: 'log' },
    y: { a: { pixel: 430, value: 0 }, b: { pixel: 30, value: 100 }, scale: 'linear' },
  }
  const f = (d: number) => 10 + 90 / (1 + d / 0.1)
  const dose: Curve[] = [{ label: 'Parental', colour: '#000000', points: [0.001, 0.01, 0.03, 0.1, 0.3, 1, 10].map((d) => dataToPixel(LOG, { x: d, y: f(d) })) }]

  it('draws dose-response points on the app’s dose-response chart', async () => {
    render(<PreviewPanel kind="dose-response" curves={dose} calibration={LOG} figure={FIGURE} />)
    expect(await screen.findByRole('figure', { name: 'Digitised figure' })).toBeInTheDocument()
  })

  it('draws clicked bars as an endpoint chart', async () => {
    const bars: Curve[] = [{ label: 'Colonies', colour: '#000000', points: [1, 2, 3].map((x, i) => dataToPixel(LOG, { x, y: 30 * (i + 1) })) }]
    render(<PreviewPanel kind="bar" curves={bars} calibration={LOG} figure={FIGURE} />)
    expect(await screen.findByRole('figure', { name: 'Digitised figure' })).toBeInTheDocument()
    expect(screen.queryByLabelText('x unit')).not.toBeInTheDocument()
  })
})
