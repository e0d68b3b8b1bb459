// Bench baseline: one bare recharts line chart and one toggle, built like the app (React 19, same recharts).
// The bench times click → next paint here and divides the app's toggle times by it.
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts'

const doses = [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000]
const hill = (ic50: number) => doses.map((x) => ({ x, y: 100 / (1 + (x / ic50) ** 1.2) }))
const A = hill(10)
const B = hill(800)

function Baseline() {
  const [on, setOn] = useState(true)
  return (
    <main>
      <h1>Baseline</h1>
      <button type="button" aria-pressed={on} onClick={() => setOn((v) => !v)}>
        Drug
      </button>
      <LineChart width={720} height={400} margin={{ top: 16, right: 24, bottom: 36, left: 16 }}>
        <CartesianGrid stroke="#ddd" />
        <XAxis type="number" dataKey="x" scale="log" domain={[0.001, 10000]} allowDataOverflow />
        <YAxis type="number" domain={[0, 110]} />
        <Line data={A} dataKey="y" stroke="#0072b2" dot isAnimationActive={false} />
        {on && <Line data={B} dataKey="y" stroke="#d55e00" dot isAnimationActive={false} />}
      </LineChart>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(<Baseline />)
