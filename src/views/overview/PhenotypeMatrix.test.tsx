import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'

describe('Overview phenotype matrix', () => {
  it('search narrows the matrix; a cell shows its letter and opens its evidence with a link that keeps the query', async () => {
    renderApp('/?theme=dark')
    const search = await screen.findByRole('searchbox', { name: /Search studies, models, agents, nodes/ })
    await screen.findByRole('region', { name: 'Phenotype matrix, scrollable' }, { timeout: 5000 })
    await userEvent.type(search, 'H3122LR')
    const cell = await screen.findByRole('button', { name: /^H3122LR.*with Lorlatinib \+ pan-HER.*: RS, re-sensitised/ })
    expect(cell).toHaveTextContent('RS')
    // Only H3122LR rows remain: every row header names it.
    const table = screen.getByRole('table')
    for (const header of within(table).getAllByRole('rowheader')) expect(header).toHaveTextContent('H3122LR')
    await userEvent.click(cell)
    const evidence = await screen.findByRole('region', { name: /^Evidence: H3122LR/ })
    expect(evidence).toHaveTextContent('re-sensitised in taniguchi2023')
    expect(within(evidence).getByRole('link', { name: 'Open the taniguchi2023 study' })).toHaveAttribute('href', '/study/taniguchi2023?theme=dark')
    await userEvent.click(await within(evidence).findByRole('button', { name: /^Add to compare: Lorlatinib response of H3122/ }))
    expect(new URLSearchParams(window.location.search).get('cmp')).toBe('taniguchi2023:lorlatinib-h3122:h3122lr-panher')
  }, 30_000)

  it('the drug-class filter keeps only columns of that class', async () => {
    renderApp('/')
    await screen.findByRole('region', { name: 'Phenotype matrix, scrollable' }, { timeout: 5000 })
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Drug class' }), 'ALK TKIs')
    const heads = within(screen.getByRole('table')).getAllByRole('columnheader').slice(1)
    expect(heads.map((h) => h.textContent)).toEqual(expect.arrayContaining(['Lorlatinib', 'Crizotinib', 'Alectinib']))
    for (const h of heads) expect(h.textContent).toMatch(/Lorlatinib|Crizotinib|Alectinib/)
  }, 30_000)
})
