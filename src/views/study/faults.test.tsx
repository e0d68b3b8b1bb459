import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiConfig } from '../../api/client'
import { fault, FAULTS } from '../../mocks/faults'
import { server } from '../../mocks/server'
import { renderApp } from '../../test/render-app'

const EXPECTED = {
  '500': /chart data: the server answered with an error/i,
  timeout: /chart data: the request timed out/i,
  malformed: /chart data: the data is not valid json/i,
  invalid: /chart data: the data does not match the expected format/i,
} as const

describe.each(FAULTS)('when series.json fails with %s', (kind) => {
  beforeEach(() => {
    apiConfig.timeoutMs = 300
  })
  afterEach(() => {
    apiConfig.timeoutMs = 10_000
  })

  it('the chart panel says what failed and Retry recovers; the rest of the study still shows', async () => {
    server.use(fault(kind, '*/api/studies/mo2022/series.json'))
    renderApp('/study/mo2022')
    // Both panels drawn from the series (the step's figures and the figure groups) say what failed.
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 6000 })
    expect(alerts).toHaveLength(2)
    for (const a of alerts) expect(a).toHaveTextContent('series.json')
    const alert = alerts[0]!
    expect(alert).toHaveTextContent(EXPECTED[kind])
    // The other panels are unaffected.
    expect(screen.getByRole('heading', { level: 1, name: /S6K1 amplification confers/ })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Evidence table, scrollable' })).toBeInTheDocument()

    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('figure', { name: 'Palbociclib in S6K1-amplified and wild-type breast cancer organoids' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('schema-invalid data', () => {
  it('names the exact path that failed', async () => {
    server.use(fault('invalid', '*/api/studies/mo2022/series.json'))
    renderApp('/study/mo2022')
    const [alert] = await screen.findAllByRole('alert')
    expect(alert).toHaveTextContent(/\[0\]\.arms\[0\]\.median\.provenance/)
  })
})
