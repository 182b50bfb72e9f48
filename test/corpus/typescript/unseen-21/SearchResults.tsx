// corpus: path=app/search/SearchResults.tsx
'use client'

import { useEffect, useRef, useState } from 'react'
import { useRouter, useSearchParams } from 'next/navigation'
import Link from 'next/link'

type Hit = { id: string; title: string; snippet: string; url: string }

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

export default function SearchResults() {
  const params = useSearchParams()
  const router = useRouter()
  const q = params.get('q') ?? ''
  const [hits, setHits] = useState<Hit[]>([])
  const [loading, setLoading] = useState(false)
  const summaryRef = useRef<HTMLParagraphElement>(null)

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

  useEffect(() => {
    if (!summaryRef.current) return
    summaryRef.current.innerHTML = hits.length ? `${hits.length} results for <mark>${q}</mark>` : `No results for <mark>${escapeHtml(q)}</mark>` // expect: xss
  }, [hits, q])

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
      <p ref={summaryRef} className="summary" />
      <p className="hint" dangerouslySetInnerHTML={{ __html: `Tip: search for <kbd>${escapeHtml(q || 'deploy')}</kbd> or a page title.` }} /> {/* ok: xss */}
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
