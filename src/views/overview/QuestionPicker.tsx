import { memo } from 'react'
import { AGENT_CLASS_LABELS, AGENT_CLASSES, type Agent } from '../../domain/schema/agent'

/** A node the picker offers: its gene symbol and how the studies label it. */
export interface PickNode {
  symbol: string
  label: string
}

/** Props of QuestionPicker. */
interface Props {
  agents: readonly Agent[]
  nodes: readonly PickNode[]
  /** Quick picks: the drugs the studies resist, then nodes their rescues act on. */
  quick: { drugs: readonly Agent[]; nodes: readonly PickNode[] }
  pick: { drug: string; target: string }
  onPick: (pick: { drug?: string; target?: string }) => void
}

/** "Pick a drug, target or node": quick buttons for the common questions, and a menu of every agent and node. */
export const QuestionPicker = memo(function QuestionPicker({ agents, nodes, quick, pick, onPick }: Props) {
  const value = pick.drug ? `drug:${pick.drug}` : pick.target ? `node:${pick.target}` : ''
  const onSelect = (v: string) => {
    const [kind, id = ''] = v.split(/:(.*)/)
    if (kind === 'node') onPick({ target: id })
    else onPick({ drug: kind === 'drug' ? id : '' })
  }
  const byClass = AGENT_CLASSES.map((c) => [c, agents.filter((a) => a.class === c)] as const).filter(([, xs]) => xs.length)
  return (
    <div className="ov-picker">
      <label className="ov-picker__select">
        <span className="ov-picker__q">Pick a drug, target or node</span>
        <select value={value} onChange={(e) => onSelect(e.target.value)}>
          <option value="">Choose…</option>
          {byClass.map(([c, xs]) => (
            <optgroup key={c} label={AGENT_CLASS_LABELS[c]}>
              {xs.map((a) => (
                <option key={a.id} value={`drug:${a.id}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
          <optgroup label="Pathway nodes and targets">
            {nodes.map((n) => (
              <option key={n.symbol} value={`node:${n.symbol}`}>
                {n.label === n.symbol ? n.label : `${n.label} (${n.symbol})`}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <ul className="ov-quick" aria-label="Common questions">
        {quick.drugs.map((a) => (
          <li key={a.id}>
            <button type="button" aria-pressed={pick.drug === a.id} onClick={() => onPick({ drug: pick.drug === a.id ? '' : a.id })}>
              {a.name}
            </button>
          </li>
        ))}
        {quick.nodes.map((n) => (
          <li key={n.symbol}>
            <button
              type="button"
              className="ov-quick--node"
              aria-pressed={pick.target === n.symbol}
              onClick={() => onPick(pick.target === n.symbol ? { drug: '' } : { target: n.symbol })}
            >
              {n.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
})
