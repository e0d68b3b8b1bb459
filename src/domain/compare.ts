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

/** Writes a selection back as "study:series:group" (the URL's form, and a stable React key). */
export const compareKey = (k: CompareKey) => `${k.study}:${k.series}:${k.group}`

/** Whether two selections name the same group. */
export const sameKey = (a: CompareKey, b: CompareKey) => a.study === b.study && a.series === b.series && a.group === b.group

/** The list with `k` added once, at the end. */
export const withKey = (list: readonly CompareKey[], k: CompareKey) => (list.some((x) => sameKey(x, k)) ? [...list] : [...list, k])
