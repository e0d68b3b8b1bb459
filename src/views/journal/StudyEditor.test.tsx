import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '../../api/query-client'
import { emptyStore } from '../../api/imported-store'
import { exportImported, setImportedStore } from '../../api/imported-studies'
import { memoryStore } from '../../test/memory-store'
import { StudyEditor } from './StudyEditor'

afterEach(() => setImportedStore(emptyStore))

const renderEditor = () =>
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <StudyEditor onClose={() => {}} />
    </QueryClientProvider>,
  )

describe('New study editor', () => {
  it('refuses an incomplete study with the exact paths, and saves nothing', async () => {
    const store = memoryStore()
    setImportedStore(store)
    renderEditor()
    await userEvent.click(screen.getByRole('button', { name: 'Check and save in this browser' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(/was not imported: \d+ problems/)).toBeInTheDocument()
    expect(within(alert).getAllByText('study.id').length).toBeGreaterThan(0)
    expect(within(alert).getByText('study.models')).toBeInTheDocument()
    expect(store.entries.size).toBe(0)
  })

  it('writes a study with a pasted series that the same checks accept, and stores it', async () => {
    const store = memoryStore()
    setImportedStore(store)
    renderEditor()
    const user = userEvent.setup()
    const type = async (label: string | RegExp, text: string) => {
      // Pasting keeps this long form quick in jsdom; each field is still focused and filled as a user would.
      await user.clear(screen.getByLabelText(label))
      await user.paste(text)
    }
    await type(/^Study id/, 'club2026')
    await type('Authors (one per line)', 'Smith J')
    await type('Title', 'A journal club study of resistance')
    await type('Journal', 'Test Journal')
    await type('Year', '2026')
    await type('Cancer', 'lung adenocarcinoma')
    await type('Mechanism in one line', 'a bypass keeps the cells growing')
    await type(/^Summary/, 'A study written up in the editor for a journal club, with one pasted table.')
    const catalogue = await screen.findByRole('option', { name: 'Lorlatinib (lorlatinib)' })
    await user.selectOptions(screen.getByLabelText('From the shared catalogue'), catalogue)
    await user.selectOptions(screen.getByLabelText('Drugs the cancer resists'), 'lorlatinib')
    await user.click(screen.getByRole('button', { name: 'Add a model' }))
    await type('Id (model 1)', 'h3122')
    await type('Name (model 1)', '<b>H3122</b>')
    await type('Description (model 1)', 'ALK-rearranged line')
    await type('Series id', 'viability')
    await type('Series title', 'Viability under lorlatinib')
    await type('Figure or panel', 'Fig. 1B')
    await type('Endpoint (e.g. viability)', 'viability')
    await type('Measure (e.g. viable cells)', 'viable cells')
    // userEvent would read braces and tabs as keys: paste the table as a user would.
    await user.click(screen.getByLabelText(/^Table/))
    await user.paste('group\tviability\tprovenance\nparental\t12.5\treported\nresistant\t88\treported')
    await user.click(screen.getByRole('button', { name: 'Read the table' }))
    expect(await screen.findByText('2 rows, columns: group, viability, provenance')).toBeInTheDocument()
    expect(screen.getByLabelText('Provenance column')).toHaveValue('provenance')
    await type('Unit for every row', '%')
    await user.click(screen.getByRole('button', { name: 'Add this series' }))
    expect(screen.getByText(/viability: Viability under lorlatinib \(2 values\)/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Check and save in this browser' }))
    expect(await screen.findByText('Saved club2026 in this browser; it is on the Overview.')).toBeInTheDocument()
    const bundle = JSON.parse((await exportImported('club2026'))!) as {
      series: { groups: { value: { value: number; unit: string; provenance: string } }[] }[]
      evidence: unknown[]
      study: { models: { name: string }[] }
    }
    expect(bundle.series[0]!.groups.map((g) => g.value)).toEqual([
      expect.objectContaining({ value: 12.5, unit: '%', provenance: 'reported' }),
      expect.objectContaining({ value: 88, unit: '%', provenance: 'reported' }),
    ])
    expect(bundle.evidence).toHaveLength(2)
    expect(bundle.study.models[0]!.name).toBe('<b>H3122</b>')
  })
})
