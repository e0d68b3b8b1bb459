import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** MSW in Vitest: tests add faults with server.use(...). */
export const server = setupServer(...handlers)
