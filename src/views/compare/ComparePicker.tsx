import { useId, useMemo, useState } from 'react'
import { useStudies } from '../../api/studies'
import { useQuery } from '@tanstack/react-query'
import { studyFileQueryOptions } from '../../api/study-files'
import { sameKey, withKey } from '../../domain/compare'
import { groupsOf, isComparable, kindOf } from '../../domain/series'
import { useViewStore } from '../../state/store'
import { LIMITS } from '../../state/url-codec'

/** Three linked menus (study → experiment → group) and an Add button that appends to the URL's comparison. */
export function ComparePicker() {
  const id = useId()
  const studies = useStudies()
  const [study, setStudy] = useState('')
  const [seriesId, setSeriesId] = useState('')
  const [group, setGroup] = useState('')
  const series = useQuery({ ...studyFileQueryOptions(study, 'series.json'), enabled: !!study })
  const comparable = useMemo(() => (study && series.data ? series.data.filter(isComparable) : []), [study, series.data])
  const current = comparable.find((s) => s.id === seriesId)
  const groups = current ? groupsOf(current) : []
  // The menus hold plain strings; the key takes the ids the study list and the series file parsed.
  const studyId = studies.data?.find((s) => s.id === study)?.id
  const key = studyId && current && groups.some((g) => g.id === group) ? { study: studyId, series: current.id, group } : null
  const already = useViewStore((s) => !!key && s.compare.some((k) => sameKey(k, key)))
  const full = useViewStore((s) => s.compare.length >= LIMITS.compare)
  const add = () => {
    const s = useViewStore.getState()
    if (key) s.setCompare(withKey(s.compare, key))
    setGroup('')
  }
  return (
    <form className="cmp-picker" aria-label="Add a selection to compare" onSubmit={(e) => (e.preventDefault(), add())}>
      <label htmlFor={`${id}-study`}>Study</label>
      <select id={`${id}-study`} value={study} onChange={(e) => (setStudy(e.target.value), setSeriesId(''), setGroup(''))}>
        <option value="">{studies.isPending ? 'Loading studies…' : studies.isError ? 'No studies (the list failed)' : 'Choose a study…'}</option>
        {studies.data?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.id} — {s.cancer}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-series`}>Experiment</label>
      <select id={`${id}-series`} value={seriesId} disabled={!study || !comparable.length} onChange={(e) => (setSeriesId(e.target.value), setGroup(''))}>
        <option value="">{study && series.isPending ? 'Loading…' : 'Choose an experiment…'}</option>
        {comparable.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({kindOf(s).label}, {s.source.locator})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-group`}>Model, condition and agents</label>
      <select id={`${id}-group`} value={group} disabled={!groups.length} onChange={(e) => setGroup(e.target.value)}>
        <option value="">Choose a group…</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!key || already || full}>
        {already ? 'Already compared' : full ? `At most ${LIMITS.compare} selections` : 'Add to compare'}
      </button>
      {studies.isError && (
        <div role="alert" className="panel-error">
          <p className="panel-error__title">The study list could not be loaded, so there is nothing to pick from</p>
          <p className="panel-error__detail">{studies.error.message}</p>
          <button type="button" onClick={() => void studies.refetch()}>
            Retry
          </button>
        </div>
      )}
      {series.isError && study && (
        <p role="alert">
          Experiments of {study} could not be loaded: {series.error.message}
        </p>
      )}
    </form>
  )
}
