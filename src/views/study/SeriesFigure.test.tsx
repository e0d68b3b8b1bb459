import { readFileSync } from 'node:fs'
import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SeriesList } from '../../domain/schema/series'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import { SeriesPanel } from './SeriesPanel'

const STUDIES = ['mo2022', 'taniguchi2023', 'wu2023', 'zhang2025']
const load = (id: string) => SeriesList.parse(JSON.parse(readFileSync(`mock-data/${id}/series.json`, 'utf8')))

afterEach(() => useViewStore.setState({ ...DEFAULT_VIEW, notices: [] }))

describe('every curated series draws', () => {
  for (const id of STUDIES)
    it(`${id}: one figure per series, no error, no "not drawn" list`, async () => {
      const series = load(id)
      render(<SeriesPanel series={series} />)
      // Charts mount in batches; wait for the last one.
      await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(series.length), { timeout: 50_000 })
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(screen.queryByText(/Not drawn/)).not.toBeInTheDocument()
      for (const s of series) {
        // Two wu2023 panels share a title; pick the one with this series' source.
        const fig = screen.getAllByRole('figure', { name: s.title }).find((f) => f.textContent?.includes(`Source: ${s.source.study} · ${s.source.locator}`))
        if (!fig) throw new Error(`no figure for ${s.id}`)
        expect(within(fig).getByRole('button', { name: 'Show as table' })).toBeInTheDocument()
        expect(within(fig).getByRole('group', { name: 'Export' })).toBeInTheDocument()
      }
    }, 60_000)

  it('with illustrative hidden, series made only of illustrative marks say so instead of vanishing', async () => {
    useViewStore.setState({ hideIllustrative: true })
    const series = load('wu2023')
    render(<SeriesPanel series={series} />)
    const hidden = await screen.findByRole('region', { name: 'IL8 tracks CTNNB1 in TCGA breast tumours' }, { timeout: 50_000 })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(hidden).toHaveTextContent(/illustrative \(not measured\) and the "hide illustrative" switch is on/)
    // The reported metastasis bars (derived from a reported 70 % reduction) stay drawn.
    expect(screen.getByRole('figure', { name: 'Repertaxin cuts lung metastatic burden by 70%' })).toBeInTheDocument()
  }, 60_000)
})
