'use client'

import { useEffect, useState } from 'react'
import { useRouter, useSearchParams } from 'next/navigation'
import Link from 'next/link'

type Hit = { id: string; title: string; snippet: string; url: string }

export default function SearchResults() {
  const params = useSearchParams()
  const router = useRouter()
  const q = params.get('q') ?? ''
  const [hits, setHits] = useState<Hit[]>([])
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    if (!q) {
      setHits([])
      return
    }
    setLoading(true)
    fetch(`/api/search?q=${encodeURIComponent(q)}`)
      .then((r) => r.json() as Promise<Hit[]>)
      .then(setHits)
      .finally(() => setLoading(false))
  }, [q])

  return (
    <section>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const value = new FormData(e.currentTarget).get('q')
          router.push(`/search?q=${encodeURIComponent(String(value ?? ''))}`)
        }}
      >
        <input name="q" defaultValue={q} placeholder="Search docs" />
      </form>
      {loading && <p>Searching…</p>}
      <ul>
        {hits.map((h) => (
          <li key={h.id}>
            <Link href={h.url}>{h.title}</Link>
            <p>{h.snippet}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
