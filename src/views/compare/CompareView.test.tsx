import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'

describe('Compare', () => {
  it('reads the selections from the URL, lists them with provenance, enables only what they tested, and removes one', async () => {
    renderApp('/compare?cmp=taniguchi2023:lorlatinib-h3122:h3122lr-panher,mo2022:pfs-s6k1:high')
    const table = await screen.findByRole('region', { name: 'Selections being compared' })
    await within(table).findByRole('row', { name: /taniguchi2023/ }, { timeout: 5000 })
    expect(within(table).getByRole('row', { name: /mo2022/ })).toHaveTextContent(/reported.*derived/)
    expect(within(table).getByRole('row', { name: /taniguchi2023/ })).toHaveTextContent('illustrative')
    // Tested by the comparison: switchable. The rest waits, disabled, behind "Not tested".
    expect(screen.getByRole('button', { name: 'Lorlatinib' })).toBeEnabled()
    await userEvent.click(screen.getByText(/^Not tested in this comparison/))
    expect(screen.getByRole('button', { name: 'Tamoxifen' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Tamoxifen' })).toHaveAttribute('title', 'Not tested in this comparison')
    await userEvent.click(within(table).getByRole('button', { name: /Remove mo2022/ }))
    expect(new URLSearchParams(window.location.search).get('cmp')).toBe('taniguchi2023:lorlatinib-h3122:h3122lr-panher')
  }, 30_000)

  it('a key that names nothing is shown as not found, never a blank page', async () => {
    renderApp('/compare?cmp=mo2022:no-such-series:x')
    expect(await screen.findByText(/Not found: “mo2022:no-such-series:x”/, {}, { timeout: 5000 })).toBeInTheDocument()
  })
})
