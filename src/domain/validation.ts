import type { z } from 'zod'

/** One readable line per problem: the exact path and what was expected, e.g. `[3].quantity.source.locator: ...`. */
export function describeIssues(error: z.ZodError, where = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')
    return `${where ? `${where}: ` : ''}${path || '(root)'}: ${issue.message}`
  })
}

/** Parses with a schema or throws an Error whose message lists every problem with its path. */
export function parseOrExplain<S extends z.ZodType>(schema: S, data: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const lines = describeIssues(result.error, where)
  throw new SchemaError(lines)
}

/** Data that arrived but does not match the published format. */
export class SchemaError extends Error {
  constructor(readonly problems: string[]) {
    super(`The data does not match the format (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}`)
    this.name = 'SchemaError'
  }
}
