import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { dataToPixel, type Calibration } from '../../domain/digitise'
import { kaplanMeier, numberAtRisk } from '../../domain/models/kaplanMeier'
import { mulberry32, simulateArm, stepCorners } from '../../domain/models/survivalSim.test-data'
import { DigitisedPoints } from './DigitisedPoints'
import type { Curve } from './digitise-state'
import { SurvivalPanel } from './SurvivalPanel'

const CAL: Calibration = {
  x: { a: { pixel: 70, value: 0 }, b: { pixel: 770, value: 30 }, scale: 'linear' },
  y: { a: { pixel: 430, value: 0 }, b: { pixel: 30, value: 100 }, scale: 'linear' },
}
const FIGURE = { study: 'demo2024', locator: 'Fig. 1', date: '2026-12-02' }
const TIMES = [0, 10, 20]
const rand = mulberry32(5)
const ARMS = [simulateArm(rand, 80, 8, 30), simulateArm(rand, 80, 15, 30)]
// Survival printed in percent: the panel reads the y axis back to proportions.
const CURVES: Curve[] = ARMS.map((a, i) => ({
  label: ['Control', 'Drug'][i]!,
  colour: '#000000',
  points: stepCorners(kaplanMeier(a).curve, 0.05, 0.002).map((p) => dataToPixel(CAL, { x: p.t, y: p.s * 100 })),
}))

describe('SurvivalPanel', () => {
  it('reconstructs and shows derived medians, Cox HR and log-rank beside the reported HR, and the fidelity table', async () => {
    const user = userEvent.setup()
    render(<SurvivalPanel curves={CURVES} calibration={CAL} figure={FIGURE} />)
    await user.type(screen.getByLabelText('Printed times'), TIMES.join(', '))
    await user.type(screen.getByLabelText('Numbers at risk, Control'), numberAtRisk(ARMS[0]!, TIMES).join(', '))
    await user.type(screen.getByLabelText('Numbers at risk, Drug'), numberAtRisk(ARMS[1]!, TIMES).join(', '))
    await user.type(screen.getByLabelText('Reported HR'), '0.5')
    await user.type(screen.getByLabelText('Reported P (e.g. 0.003 or <0.001)'), '<0.01')
    await user.type(screen.getByLabelText('Where the paper states it'), 'Results')
    await user.click(screen.getByRole('button', { name: 'Reconstruct' }))

    const stats = screen.getByRole('table', { name: /Statistics of the reconstructed patients/ })
    const hr = within(stats).getByRole('row', { name: /HR, Drug vs Control/ })
    expect(hr).toHaveTextContent(/^HR, Drug vs Control0\.\d+ \(95% CI [\d.]+ to [\d.]+\), P [=<] [\d.]+derived/)
    expect(within(stats).getByRole('row', { name: /Median, Control/ })).toHaveTextContent(/months \(95% CI .*\)derived/)
    expect(within(stats).getByRole('row', { name: /Log-rank test/ })).toHaveTextContent(/χ² = [\d.]+ on 1 df.*derived/)
    expect(within(stats).getByRole('row', { name: /HR as the paper reports it/ })).toHaveTextContent('0.5, P < 0.01reportedTyped in from Results')
    const fidelity = screen.getByRole('table', { name: /Number at risk: printed under the figure/ })
    const printed = numberAtRisk(ARMS[0]!, TIMES)
    expect(within(fidelity).getAllByRole('row')[1]).toHaveTextContent(`0${printed[0]} / ${printed[0]}`)
    expect(await screen.findByRole('figure', { name: 'Overall survival (reconstructed from Fig. 1)' })).toBeInTheDocument()
  })

  it('says exactly what is wrong with the numbers at risk', async () => {
    const user = userEvent.setup()
    render(<SurvivalPanel curves={CURVES} calibration={CAL} figure={FIGURE} />)
    await user.type(screen.getByLabelText('Printed times'), '0, 10, 20')
    await user.type(screen.getByLabelText('Numbers at risk, Control'), '80, 40')
    await user.click(screen.getByRole('button', { name: 'Reconstruct' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Numbers at risk, Control: 2 numbers for 3 printed times')
    await user.type(screen.getByLabelText('Numbers at risk, Control'), ', x')
    await user.click(screen.getByRole('button', { name: 'Reconstruct' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Numbers at risk, Control: "x" is not a number')
  })
})

describe('DigitisedPoints', () => {
  it('labels every point digitized with tool, date and figure', () => {
    render(<DigitisedPoints curves={CURVES} calibration={CAL} figure={FIGURE} />)
    expect(screen.getByRole('heading', { name: `Captured points (${CURVES[0]!.points.length + CURVES[1]!.points.length})` })).toBeInTheDocument()
    expect(screen.getByText(/read with Resistance Explorer digitiser on 2026-12-02 from demo2024, Fig\. 1/)).toBeInTheDocument()
  })

  it('asks for the figure locator before labelling anything', () => {
    render(<DigitisedPoints curves={CURVES} calibration={CAL} figure={{ ...FIGURE, locator: '' }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('The points cannot be labelled yet: locator: a figure/panel or section is required')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })
})
