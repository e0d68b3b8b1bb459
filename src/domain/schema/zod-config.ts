import { z } from 'zod'

// Zod probes `new Function` to decide whether to compile fast parsers; under the app's CSP (no 'unsafe-eval')
// that probe is reported as a violation on every load. Jitless skips the probe. Schemas read this flag when
// they are created, so every module that builds schemas imports this one first.
z.config({ jitless: true })
