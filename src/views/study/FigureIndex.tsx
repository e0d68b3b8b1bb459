import type { FigureGroup } from '../../domain/figure-groups'

/** The figure index: each figure group with its panels, then claims, caveats and the evidence table. */
export function FigureIndex({ groups }: { groups: readonly FigureGroup<unknown>[] }) {
  return (
    <nav className="fig-index" aria-label="Figure index">
      <p className="fig-index__head">Figure index</p>
      <ul>
        <li>
          <a href="#story">The story</a>
        </li>
        {groups.map((g) => (
          <li key={g.id}>
            <a href={`#${g.id}`}>{g.label}</a>
            {g.id !== 'text' && (
              <span className="fig-index__panels">
                {g.panels.map((p) => (
                  <a key={p.anchor} href={`#${p.anchor}`}>
                    {p.anchor.replace(/^fig-/, '').toUpperCase()}
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
        <li>
          <a href="#claims">Key claims</a>
        </li>
        <li>
          <a href="#caveats">Caveats</a>
        </li>
        <li>
          <a href="#evidence">Evidence table</a>
        </li>
      </ul>
    </nav>
  )
}
