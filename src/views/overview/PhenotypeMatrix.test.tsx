import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render-app'

describe('Overview phenotype matrix', () => {
  it('search narrows the matrix; a cell shows its letter and opens its evidence with a link that keeps the query', async () => {
    renderApp('/?theme=dark')
    const search = await screen.findByRole('searchbox', { name: /Search agents, targets, models, nodes, claims/ })
    await screen.findByRole('region', { name: 'Phenotype matrix, scrollable' }, { timeout: 5000 })
    await userEvent.type(search, 'H3122LR')
    const cell = await screen.findByRole('button', { name: /^H3122LR.*with Lorlatinib \+ pan-HER.*: RS, re-sensitised/ })
    expect(cell).toHaveTextContent('RS')
    // Only H3122LR rows remain, under their study's group heading: every other row header names it.
    const table = screen.getByRole('table')
    const [group, ...rows] = within(table).getAllByRole('rowheader')
    expect(group).toHaveTextContent(/^taniguchi2023/)
    expect(rows.length).toBeGreaterThan(0)
    for (const header of rows) expect(header).toHaveTextContent('H3122LR')
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
    expect(new URLSearchParams(window.location.search).get('class')).toBe('alk-tki')
  }, 30_000)

  it('picking palbociclib answers in place, grouped by study, with the step that restored it; the pick is in the URL', async () => {
    renderApp('/')
    await userEvent.click(await screen.findByRole('button', { name: 'Palbociclib' }, { timeout: 5000 }))
    const answer = await screen.findByRole('region', { name: /^Palbociclib: tested in \d+ studies/ }, { timeout: 5000 })
    expect(new URLSearchParams(window.location.search).get('drug')).toBe('palbociclib')
    const mo = within(answer).getByRole('article', { name: /^mo2022/ })
    expect(within(mo).getByRole('heading', { name: /What restored sensitivity \(\d+\)/ })).toBeInTheDocument()
    expect(await within(mo).findAllByRole('link', { name: /^Step: An mTOR inhibitor restores/ }, { timeout: 5000 })).not.toHaveLength(0)
    expect(within(answer).getByRole('article', { name: /^wu2023/ })).toHaveTextContent(/\+ Repertaxin/)
  }, 30_000)

  it('search shows ranked matches with why, and "Tested only" off keeps the empty rows', async () => {
    renderApp('/?q=mTOR%20inhibitor')
    const hits = await screen.findByRole('list', { name: /Best matches/ }, { timeout: 5000 })
    const items = within(hits).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(/Everolimus|Rapamycin/)
    expect(items[0]).toHaveTextContent('acts on MTOR')
    await screen.findByRole('region', { name: 'Phenotype matrix, scrollable' }, { timeout: 5000 })
    const rows = () => within(screen.getByRole('table')).getAllByRole('rowheader').length
    const tested = rows()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Tested only' }))
    expect(new URLSearchParams(window.location.search).get('tested')).toBe('all')
    await waitFor(() => expect(rows()).toBeGreaterThan(tested))
  }, 30_000)
})
