import { Id, idFrom, SeriesId, StudyId } from './schema/ids'

/** One Compare selection: a group of a study's series. The URL's cmp list writes it as "study:series:group". */
export interface CompareKey {
  study: StudyId
  series: SeriesId
  group: string
}

/** Parses "study:series:group" through the id schemas; undefined for anything else. */
export function parseCompareKey(key: string): CompareKey | undefined {
  const [study, series, group, ...rest] = key.split(':')
  if (rest.length) return undefined
  const ids = { study: idFrom(StudyId, study), series: idFrom(SeriesId, series), group: idFrom(Id, group) }
  return ids.study && ids.series && ids.group ? { study: ids.study, series: ids.series, group: ids.group } : undefined
}

/** Writes a selection back as "study:series:group" (the URL's form, and a stable React key). */
export const compareKey = (k: CompareKey) => `${k.study}:${k.series}:${k.group}`

/** Whether two selections name the same group. */
export const sameKey = (a: CompareKey, b: CompareKey) => a.study === b.study && a.series === b.series && a.group === b.group

/** The list with `k` added once, at the end. */
export const withKey = (list: readonly CompareKey[], k: CompareKey) => (list.some((x) => sameKey(x, k)) ? [...list] : [...list, k])
