import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useViewStore } from '../../state/store'
import { DEFAULT_VIEW } from '../../state/view-state'
import type { AgentId } from '../../domain/schema/ids'
import { useViewQueryAfterPaint } from './useViewHref'

function Query() {
  return <output aria-label="query">{useViewQueryAfterPaint()}</output>
}

afterEach(() => useViewStore.setState({ ...DEFAULT_VIEW, notices: [] }))

describe('useViewQueryAfterPaint (the header links’ query)', () => {
  it('starts from the toggles, follows a change after the paint, not in the render that shows it', async () => {
    useViewStore.setState({ ...DEFAULT_VIEW, drugs: ['palbociclib' as AgentId], notices: [] })
    render(<Query />)
    expect(screen.getByLabelText('query')).toHaveTextContent('?drugs=palbociclib')
    act(() => useViewStore.getState().setDrugs(['palbociclib' as AgentId, 'everolimus' as AgentId]))
    // The render the change caused has not touched the links yet.
    expect(screen.getByLabelText('query')).toHaveTextContent(/^\?drugs=palbociclib$/)
    await waitFor(() => expect(screen.getByLabelText('query')).toHaveTextContent('?drugs=palbociclib,everolimus'))
  })
})
