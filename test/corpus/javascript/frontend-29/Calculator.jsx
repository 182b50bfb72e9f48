// corpus: path=src/components/Calculator.jsx
import { useState } from 'react'

const OPS = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => (b === 0 ? NaN : a / b) }

export function Calculator() {
  const [a, setA] = useState('')
  const [b, setB] = useState('')
  const [op, setOp] = useState('+')
  const fn = OPS[op]
  const result = fn ? fn(Number(a), Number(b)) : NaN // ok: code-injection
  return (
    <div>
      <input value={a} onChange={(e) => setA(e.target.value)} />
      <select value={op} onChange={(e) => setOp(e.target.value)}>
        {Object.keys(OPS).map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <input value={b} onChange={(e) => setB(e.target.value)} />
      <output>{Number.isNaN(result) ? '—' : result}</output>
    </div>
  )
}

export function FormulaCell({ formula }) {
  const [value, setValue] = useState(null)
  function evaluate() {
    setValue(eval(formula)) // expect: code-injection
  }
  return (
    <span onClick={evaluate} title={formula}>
      {value ?? formula}
    </span>
  )
}
