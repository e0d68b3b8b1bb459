import './schema/zod-config'
import type { z } from 'zod'

/** One readable line per problem: the exact path and what was expected, e.g. `[3].quantity.source.locator: ...`. */
export function describeIssues(error: z.ZodError, where = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '')
    return `${where ? `${where}: ` : ''}${path || '(root)'}: ${issue.message}`
  })
}
