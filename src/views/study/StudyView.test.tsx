import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'

describe('mo2022 study view: PFS by S6K1 status', () => {
  it('shows the reported medians, the reported HR with CI and P, and the derived HR implied by the medians', async () => {
    renderApp('/study/mo2022')
    const chart = await screen.findByRole('figure', { name: /progression-free survival on palbociclib by s6k1/i })
    const arms = within(chart).getByRole('list', { name: 'Arms' })
    expect(within(arms).getByText(/median 3.9 months/)).toBeInTheDocument()
    expect(within(arms).getByText(/median 15.6 months/)).toBeInTheDocument()
    expect(within(arms).getByText('S6K1 high (n = 11)')).toBeInTheDocument()
    expect(within(arms).getByText('S6K1 low (n = 26, derived)')).toBeInTheDocument()
    expect(chart).toHaveTextContent('S6K1 high vs S6K1 low: HR 3.0 (95% CI 1.0 to 8.8), P = 0.0072')
    expect(chart).toHaveTextContent('The medians imply HR 4 under an exponential model')
  })

  it('labels the curves as derived and names the model on hover/focus', async () => {
    renderApp('/study/mo2022')
    const curve = await screen.findByLabelText(/Curve: Exponential model S\(t\) = 2\^\(−t\/3.9\), from the reported median of 3.9 months \(Fig. 3B\)/)
    expect(within(curve).getByText('derived')).toBeInTheDocument()
    const chart = screen.getByRole('figure', { name: /progression-free survival/i })
    expect(within(chart).getByRole('list', { name: 'How values were obtained' })).toHaveTextContent(/reported.*derived/)
  })

  it('offers the same data as a table', async () => {
    renderApp('/study/mo2022')
    const chart = await screen.findByRole('figure', { name: /progression-free survival/i })
    await userEvent.click(within(chart).getByRole('button', { name: 'Show as table' }))
    const row = within(chart).getByRole('row', { name: /S6K1 high/ })
    expect(row).toHaveTextContent('3.9')
    expect(row).toHaveTextContent('reported (Fig. 3B)')
  })

  it('a condition toggle hides the other arm and is written to the URL', async () => {
    renderApp('/study/mo2022')
    const chart = await screen.findByRole('figure', { name: /progression-free survival/i })
    await userEvent.click(screen.getByRole('button', { name: /S6K1 high/ }))
    expect(screen.getByRole('button', { name: /S6K1 high/ })).toHaveAttribute('aria-pressed', 'true')
    const arms = within(chart).getByRole('list', { name: 'Arms' })
    expect(within(arms).queryByText(/S6K1 low/)).not.toBeInTheDocument()
    expect(window.location.search).toBe('?cond=s6k1-high')
  })

  it('lists every evidence row with its provenance and source', async () => {
    renderApp('/study/mo2022')
    const table = await screen.findByRole('region', { name: 'Evidence table, scrollable' })
    const hr = within(table).getByRole('row', { name: /hazard ratio for PFS/ })
    expect(hr).toHaveTextContent('3.0, 95% CI 1.0 to 8.8, P = 0.0072')
    expect(within(hr).getByText('reported')).toBeInTheDocument()
    expect(within(table).getByRole('row', { name: /implied by the two medians/ })).toHaveTextContent('derived')
  })

  it('shows the caveat that the exponential HR disagrees with the reported one', async () => {
    renderApp('/study/mo2022')
    expect(await screen.findByText(/Median ratio implies HR ≈ 4.0; the paper reports 3.0/)).toBeInTheDocument()
  })
})
