import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'

describe('mo2022 study view: the story', () => {
  it('opens on the first step with its drugs and conditions set, and Next moves to the next step in one history entry', async () => {
    renderApp('/study/mo2022')
    expect(await screen.findByRole('heading', { level: 2, name: 'Palbociclib holds back tumours with normal S6K1' })).toBeInTheDocument()
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('step')).toBe('normal-s6k1-responds'))
    expect(new URLSearchParams(window.location.search).get('cond')).toBe('s6k1-wt')
    const length = window.history.length
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }))
    expect(screen.getByRole('heading', { level: 2, name: 'S6K1-amplified tumours escape palbociclib' })).toBeInTheDocument()
    const params = new URLSearchParams(window.location.search)
    expect([params.get('step'), params.get('drugs'), params.get('cond')]).toEqual(['amplified-escapes', 'palbociclib', 's6k1-amp'])
    expect(window.history.length).toBe(length + 1)
  })

  it('builds the rescue within a step: first without it, then each mTOR inhibitor on its own', async () => {
    renderApp('/study/mo2022?step=mtor-inhibitor-restores')
    const without = await screen.findByRole('button', { name: 'Palbociclib only' })
    await waitFor(() => expect(without).toHaveAttribute('aria-pressed', 'true'))
    expect(new URLSearchParams(window.location.search).get('drugs')).toBe('palbociclib')
    await userEvent.click(screen.getByRole('button', { name: 'Add Everolimus' }))
    expect(screen.getByRole('button', { name: 'Add Everolimus' })).toHaveAttribute('aria-pressed', 'true')
    expect(new URLSearchParams(window.location.search).get('drugs')).toBe('palbociclib,everolimus')
    await userEvent.click(screen.getByRole('button', { name: 'Add Rapamycin' }))
    expect(screen.getByRole('button', { name: 'Add Everolimus' })).toHaveAttribute('aria-pressed', 'false')
    expect(new URLSearchParams(window.location.search).get('drugs')).toBe('palbociclib,rapamycin')
  })

  it('names an unknown step in a notice and shows the first step', async () => {
    renderApp('/study/mo2022?step=nope')
    expect(await screen.findByText(/Ignored unknown step "nope"/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Palbociclib holds back tumours with normal S6K1' })).toBeInTheDocument()
  })

  it('keeps every figure group closed until asked, and lists each in the figure index', async () => {
    renderApp('/study/mo2022')
    const index = await screen.findByRole('navigation', { name: 'Figure index' })
    expect(await within(index).findByRole('link', { name: 'Fig. 6' })).toHaveAttribute('href', '#fig-6')
    expect(within(index).getByRole('link', { name: '6E' })).toHaveAttribute('href', '#fig-6e')
    expect(within(index).getByRole('link', { name: 'Evidence table' })).toHaveAttribute('href', '#evidence')
    expect(document.getElementById('fig-6')).not.toHaveAttribute('open')
    expect(document.getElementById('fig-6e')).toBeNull()
  })
})

describe('mo2022 study view: PFS by S6K1 status', () => {
  it('shows the reported medians, the reported HR with CI and P, and the derived HR implied by the medians', async () => {
    renderApp('/study/mo2022#fig-3b')
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
    renderApp('/study/mo2022#fig-3b')
    const curve = await screen.findByLabelText(/Curve: Exponential model S\(t\) = 2\^\(−t\/3.9\), from the reported median of 3.9 months \(Fig. 3B\)/)
    expect(within(curve).getByText('derived')).toBeInTheDocument()
    const chart = screen.getByRole('figure', { name: /progression-free survival/i })
    expect(within(chart).getByRole('list', { name: 'How values were obtained' })).toHaveTextContent(/reported.*derived/)
  })

  it('offers the same data as a table', async () => {
    renderApp('/study/mo2022#fig-3b')
    const chart = await screen.findByRole('figure', { name: /progression-free survival/i })
    await userEvent.click(within(chart).getByRole('button', { name: 'Show as table' }))
    const row = within(chart).getByRole('row', { name: /S6K1 high/ })
    expect(row).toHaveTextContent('3.9')
    expect(row).toHaveTextContent('reported (Fig. 3B)')
  })

  it('a condition toggle hides the other arm and is written to the URL', async () => {
    // A link with its own toggles keeps them (the first step is not applied over them).
    renderApp('/study/mo2022?drugs=palbociclib#fig-3b')
    const chart = await screen.findByRole('figure', { name: /progression-free survival/i })
    await userEvent.click(screen.getByText('Customise drugs and conditions'))
    await userEvent.click(screen.getByRole('button', { name: /S6K1 high/ }))
    expect(screen.getByRole('button', { name: /S6K1 high/ })).toHaveAttribute('aria-pressed', 'true')
    const arms = within(chart).getByRole('list', { name: 'Arms' })
    expect(within(arms).queryByText(/S6K1 low/)).not.toBeInTheDocument()
    expect(window.location.search).toBe('?drugs=palbociclib&cond=s6k1-high')
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
