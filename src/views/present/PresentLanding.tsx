import { Link } from 'wouter'
import { useStudies } from '../../api/studies'
import { predictAction, presentActions } from '../../state/actions'
import { QueryPanel } from '../common/QueryPanel'
import { KeyList } from './KeyHelp'

const noop = () => {}
// Same definitions the deck uses, so this list cannot drift from the real keys.
const KEYS = [
  ...presentActions({
    next: noop,
    previous: noop,
    first: noop,
    last: noop,
    jump: noop,
    toggleFullscreen: noop,
    isFullscreen: () => false,
    leave: noop,
    toggleHelp: noop,
  }),
  predictAction,
]

/** /present: pick a study to present, or open its presenter window. */
export function PresentLanding() {
  const studies = useStudies()
  return (
    <>
      <header className="view-head">
        <h1>Present a study</h1>
        <p className="lede">
          Each study becomes a slide deck told in its own steps: title, methods, one slide per step with the pathway in that step’s state beside its key figure,
          the caveats grouped by figure, and a take-home. Open the presenter view in a second window for notes, the next slide and a timer; both windows move
          together.
        </p>
      </header>
      <QueryPanel label="Study list" query={studies}>
        {(list) => (
          <ul className="present-list">
            {list.map((s) => (
              <li key={s.id} className="card">
                <p className="card__kicker">{s.cancer}</p>
                <h2 className="card__title">{s.citation.title}</h2>
                <p className="card__cite">
                  {s.citation.authors[0]} et al., {s.citation.journal} {s.citation.year}
                </p>
                <p className="present-list__links">
                  <Link href={`/present/${s.id}`}>Present {s.id}</Link>
                  <Link href={`/present/${s.id}?predict=on`}>Present {s.id}, predict first</Link>
                  <a href={`/present/${s.id}?presenter=1`} target="_blank" rel="noopener">
                    Presenter view of {s.id}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryPanel>
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">Keys in a deck</h2>
        <KeyList actions={KEYS} className="key-list">
          <div className="key-help__row">
            <dt>
              <kbd>T / B</kbd>
            </dt>
            <dd>On a step with a rescue: add the rescue drug (pathway and figure change together), press again to take it away</dd>
          </div>
          <div className="key-help__row">
            <dt>
              <kbd>J / K</kbd>
            </dt>
            <dd>Presenter view: scroll the notes down or up</dd>
          </div>
        </KeyList>
      </section>
    </>
  )
}
