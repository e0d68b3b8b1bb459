/** Why a request failed, in words a person can act on. */
export type FailureKind = 'http' | 'timeout' | 'malformed' | 'invalid' | 'network'

/** A failed API request; `kind` picks the message the panel shows. */
export class ApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly url: string,
    message: string,
    /** Per-path problems for schema-invalid data. */
    readonly problems: string[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const TITLES: Record<FailureKind, string> = {
  http: 'The server answered with an error',
  timeout: 'The request timed out',
  malformed: 'The data is not valid JSON',
  invalid: 'The data does not match the expected format',
  network: 'The request could not be sent',
}

/** Headline for an error of any kind. */
export function failureTitle(error: unknown): string {
  return error instanceof ApiError ? TITLES[error.kind] : 'Something went wrong'
}
