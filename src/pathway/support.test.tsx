import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { computeOverlay } from '../domain/pathway/overlay'
import type { GraphEdge } from '../domain/pathway/graph'
import { renderApp } from '../test/render-app'
import { curatedLayout } from './layout'
import { PathwayDiagram, type DiagramNode } from './PathwayDiagram'
import { PathwayLegend } from './PathwayLegend'

const nodes: (DiagramNode & { layout: { x: number; y: number } })[] = [
  { id: 'akt', label: 'AKT', type: 'kinase', layout: { x: 100, y: 100 } },
  { id: 'era', label: 'ERα', type: 'transcription-factor', support: 'proposed', layout: { x: 100, y: 300 } },
  { id: 'gsk', label: 'GSK-3β', type: 'kinase', layout: { x: 400, y: 100 } },
]
const edges: GraphEdge[] = [
  { id: 'akt-era', from: 'akt', to: 'era', type: 'activates', bypass: false, support: 'proposed' },
  { id: 'gsk-era', from: 'gsk', to: 'era', type: 'inhibits', bypass: false, inactive: true },
]

describe('pathway drawing: proposed and not-active links', () => {
  const overlay = computeOverlay({ graph: { nodes, edges }, targets: [], liveBypass: new Set() })
  const draw = () => render(<PathwayDiagram title="demo pathway" nodes={nodes} edges={edges} layout={curatedLayout(nodes, edges)!} overlay={overlay} />)

  it('a proposed node says so in its accessible name; a shown node does not', () => {
    draw()
    // ERα stays on: its only inhibitor link is not active in this model.
    expect(screen.getByRole('button', { name: 'ERα, normal, proposed' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'AKT, normal' })).toBeInTheDocument()
  })

  it('a proposed edge gets its own dash and title; an inactive edge is crossed and labelled', () => {
    const { container } = draw()
    const proposed = container.querySelector('[data-edge="akt-era"]')!
    expect(proposed.getAttribute('data-support')).toBe('proposed')
    expect(proposed.getAttribute('stroke-dasharray')).toBe('12 5 2 5')
    expect(proposed.textContent).toMatch(/proposed by the authors, not shown/)
    expect(proposed.parentElement?.querySelector('.pw-edge-note')?.textContent).toBe('proposed')
    const inactive = container.querySelector('[data-edge="gsk-era"]')!
    expect(inactive.getAttribute('class')).toContain('pw-edge--inactive')
    expect(inactive.textContent).toMatch(/not active in this model/)
    expect(screen.getByText('not active here')).toBeInTheDocument()
  })

  it('the legend keys both only when the diagram has them', () => {
    const { rerender } = render(<PathwayLegend nodeTypes={['kinase']} edgeTypes={['activates']} proposed inactive />)
    const legend = screen.getByRole('group', { name: 'Pathway legend' })
    expect(legend).toHaveTextContent(/proposed by the authors, not shown by the data/)
    expect(legend).toHaveTextContent('tested, not active in this model')
    rerender(<PathwayLegend nodeTypes={['kinase']} edgeTypes={['activates']} />)
    expect(legend).not.toHaveTextContent(/proposed|not active in this model/)
  })
})

describe('pathway data: zhang2025 GSK-3β and wu2023 AKT → ERα', () => {
  it('zhang2025 draws GSK-3β ⊣ NRF2 as not active in the model', async () => {
    renderApp('/pathway/zhang2025')
    const legend = await screen.findByRole('group', { name: 'Pathway legend' })
    expect(legend).toHaveTextContent('tested, not active in this model')
    expect(screen.getByText('not active here')).toBeInTheDocument()
  })

  it('wu2023 keys the AKT → ERα step as proposed', async () => {
    renderApp('/pathway/wu2023')
    const legend = await screen.findByRole('group', { name: 'Pathway legend' })
    expect(legend).toHaveTextContent(/proposed by the authors/)
  })
})
