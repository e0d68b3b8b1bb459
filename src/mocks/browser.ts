import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { faultHandlers } from './faults'

/** MSW in `npm run dev` only: never imported by the production entry. */
export const worker = setupWorker(...faultHandlers(), ...handlers)
