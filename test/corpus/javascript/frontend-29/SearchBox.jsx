// corpus: path=src/components/SearchBox.jsx
import { useMemo, useState } from 'react'

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function SearchBox({ items }) {
  const [query, setQuery] = useState('')
  const matcher = useMemo(() => new RegExp(escapeRegExp(query), 'i'), [query]) // ok: regex-injection
  const visible = items.filter((item) => matcher.test(item.name))
  return (
    <div>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter" />
      <ul>
        {visible.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    </div>
  )
}

export function RawFilter({ items }) {
  const [pattern, setPattern] = useState('')
  const visible = items.filter((item) => new RegExp(pattern).test(item.name))
  return (
    <div>
      <input value={pattern} onChange={(e) => setPattern(e.target.value)} />
      <ul>
        {visible.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    </div>
  )
}
