/** One Compare selection, as written in the URL's cmp list ("study:series:group"). */
export interface CompareKey {
  study: string
  series: string
  group: string
}

/** Parses "study:series:group"; undefined for anything else. */
export function parseCompareKey(key: string): CompareKey | undefined {
  const [study, series, group, ...rest] = key.split(':')
  return study && series && group && !rest.length ? { study, series, group } : undefined
}

/** Writes a selection back as "study:series:group". */
export const compareKey = (k: CompareKey) => `${k.study}:${k.series}:${k.group}`
