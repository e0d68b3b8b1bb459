import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PathwayThumbnail } from '../../pathway/PathwayThumbnail'
import { renderApp } from '../../test/render-app'

const node = (name: RegExp | string) => screen.findByRole('button', { name })

describe('pathway view: the taniguchi2023 overlay follows the toggles', () => {
  it('lorlatinib blocks ALK; the LR condition lights the NRG1 → HER3 bypass; a pan-HER inhibitor blocks it', async () => {
    renderApp('/pathway/taniguchi2023')
    expect(await node('ALK fusion, normal')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'HER3, inactive' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Lorlatinib' }))
    expect(await node('ALK fusion, blocked')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'PI3K, dimmed' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cell survival and growth, dimmed' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: /Lorlatinib-resistant \(LR\)/ }))
    expect(await node('PI3K, active via bypass')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'HER3, active via bypass' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cell survival and growth, active via bypass' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: /pan-HER inhibitor/ }))
    expect(await node('HER3, blocked')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'PI3K, dimmed' })).toBeInTheDocument()
    expect(window.location.search).toBe('?drugs=lorlatinib,pan-her-inhibitor&cond=lorlatinib-resistant')
  })

  it('Enter on a focused node opens its evidence across studies, with links that keep the toggles', async () => {
    renderApp('/pathway/taniguchi2023?drugs=lorlatinib')
    const akt = await node('AKT, dimmed')
    akt.focus()
    await userEvent.keyboard('{Enter}')
    const panel = await screen.findByRole('complementary', { name: 'Evidence: AKT' })
    expect(panel).toHaveTextContent('Its inputs are off: PI3K.')
    // AKT is drawn by taniguchi2023 and wu2023 (same symbol), so both studies are listed.
    const wu = await within(panel).findByRole('link', { name: 'wu2023' })
    expect(wu).toHaveAttribute('href', '/study/wu2023?drugs=lorlatinib')
    expect(within(panel).getByRole('link', { name: 'taniguchi2023' })).toBeInTheDocument()
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('complementary', { name: 'Evidence: AKT' })).not.toBeInTheDocument()
  })

  it('the list view mirrors the diagram: node states in words and typed edges', async () => {
    renderApp('/pathway/taniguchi2023?drugs=lorlatinib')
    await node('ALK fusion, blocked')
    await userEvent.click(screen.getByRole('button', { name: 'Show as list' }))
    const nodes = screen.getByRole('table', { name: /nodes and their state/ })
    const row = within(nodes).getByRole('row', { name: /^ALK fusion/ })
    expect(row).toHaveTextContent('blocked')
    expect(row).toHaveTextContent('Lorlatinib acts on ALK fusion and switches it off')
    const edges = screen.getByRole('table', { name: /edges/ })
    expect(within(edges).getByRole('row', { name: /NRG1 .*binds.*HER3/ })).toHaveTextContent('resistant route, not active')
  })
})

describe('pathway view: other studies and the combined diagram', () => {
  it('mo2022: palbociclib in S6K1-amplified cells keeps G1/S on through CDK2', async () => {
    renderApp('/pathway/mo2022?drugs=palbociclib&cond=s6k1-amp')
    expect(await node('CDK4/6, blocked')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Rb, held off via bypass' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'G1/S entry and proliferation, active via bypass' })).toBeInTheDocument()
  })

  it('combined: shared symbols appear once and name their studies', async () => {
    renderApp('/pathway/combined?drugs=lorlatinib')
    expect(await screen.findByRole('button', { name: 'AKT, dimmed, in taniguchi2023, wu2023' }, { timeout: 4000 })).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /^AKT,/ })).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'ALK fusion, blocked, in taniguchi2023' })).toBeInTheDocument()
  })
})

describe('PathwayThumbnail', () => {
  it('draws one dot per node, with its accessible name', () => {
    render(
      <PathwayThumbnail
        label="Pathway of x: 2 nodes"
        nodes={[
          { id: 'a', label: 'A', type: 'kinase', layout: { x: 100, y: 100 } },
          { id: 'b', label: 'B', type: 'phenotype', layout: { x: 500, y: 500 } },
        ]}
        edges={[{ id: 'a-b', from: 'a', to: 'b', bypass: true }]}
        states={{ a: 'blocked' }}
      />,
    )
    const img = screen.getByRole('img', { name: 'Pathway of x: 2 nodes' })
    expect(img.querySelectorAll('circle')).toHaveLength(2)
    expect(img.querySelector('.pw-thumb__node--blocked')).not.toBeNull()
  })
})
