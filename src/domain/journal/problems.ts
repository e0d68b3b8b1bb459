import '../schema/zod-config'
import type { z } from 'zod'

/** One thing wrong with an imported file: where, what, and how to fix it, in plain words. */
export interface ImportProblem {
  /** Exact location, e.g. `series[0].arms[1].median.source.locator`, or the file name for file-level problems. */
  path: string
  message: string
  fix: string
}

/** `a.b[3].c` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  const tail = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
  return `${prefix}${tail}`.replace(/^\./, '') || '(the whole file)'
}

const list = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ')

/** What to do about one schema issue, in words a curator can act on. */
function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Add this field (${issue.expected}); it is required.` : `Put a ${issue.expected} here instead.`
    case 'unrecognized_keys':
      return `Remove ${list(issue.keys)}, or check the spelling against the schema; unknown fields are not kept.`
    case 'invalid_value':
      return `Use one of: ${list(issue.values)}.`
    case 'too_small':
      return issue.origin === 'array'
        ? `Give at least ${String(issue.minimum)} item(s).`
        : issue.origin === 'string'
          ? `Write at least ${String(issue.minimum)} character(s).`
          : `Use a value of at least ${String(issue.minimum)}.`
    case 'too_big':
      return issue.origin === 'string' ? `Shorten it to at most ${String(issue.maximum)} characters.` : `Use a value of at most ${String(issue.maximum)}.`
    case 'invalid_format':
      return `Write it in the expected form (${issue.message}).`
    case 'invalid_union':
      return 'Check the "kind" field and the fields that kind needs (see mock-data/schema/bundle.schema.json).'
    default:
      return `Correct it: ${issue.message}.`
  }
}

/** Every zod issue as a problem with its exact path and a fix. */
export function schemaProblems(error: z.ZodError, prefix = ''): ImportProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, prefix), message: issue.message, fix: fixFor(issue) }))
}

/** An integrity line ("claim c1: unknown evidence row \"x\"") as a problem; its subject is the path. */
export function integrityProblem(line: string): ImportProblem {
  const at = line.indexOf(': ')
  const [path, message] = at > 0 ? [line.slice(0, at), line.slice(at + 2)] : ['(the whole study)', line]
  const fix = /unknown|not in the catalogue|not listed/.test(message)
    ? 'Add the missing item under that id, or correct the reference to an id that exists.'
    : /used twice/.test(message)
      ? 'Give each item its own id.'
      : 'Correct the value so the study agrees with itself (see mock-data/README.md).'
  return { path, message, fix }
}
