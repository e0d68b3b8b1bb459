import { useCatalogue } from '../api/catalogue'
import { failureTitle } from '../api/errors'

/** One banner for every view when the drug catalogue fails: views fall back to raw ids, and Retry reloads it. */
export function CatalogueBanner() {
  const catalogue = useCatalogue()
  if (!catalogue.isError) return null
  return (
    <div role="alert" className="panel-error app-banner">
      <p className="panel-error__title">Drug names could not be loaded: {failureTitle(catalogue.error).toLowerCase()}</p>
      <p className="panel-error__detail">{catalogue.error.message} Drugs are shown by their ids until the catalogue loads.</p>
      <button type="button" onClick={() => void catalogue.refetch()}>
        Retry
      </button>
    </div>
  )
}
