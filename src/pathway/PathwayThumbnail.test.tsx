import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PathwayThumbnail } from './PathwayThumbnail'
import * as ids from '../test/ids'

describe('PathwayThumbnail', () => {
  it('draws one dot per node, with its accessible name', () => {
    render(
      <PathwayThumbnail
        label="Pathway of x: 2 nodes"
        nodes={[
          { id: ids.node('a'), label: 'A', type: 'kinase', layout: { x: 100, y: 100 } },
          { id: ids.node('b'), label: 'B', type: 'phenotype', layout: { x: 500, y: 500 } },
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
