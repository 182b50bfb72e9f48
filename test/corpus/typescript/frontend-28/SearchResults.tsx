// corpus: path=web/src/components/SearchResults.tsx
import { useEffect, useMemo, useState } from 'react'
import { useSearchParams, useNavigate } from 'react-router-dom'
import DOMPurify from 'dompurify'
import { highlight } from '../lib/highlight'
import { api } from '../lib/api'

type Hit = { id: string; title: string; snippetHtml: string; url: string; score: number }

export function SearchResults() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const query = params.get('q') ?? ''
  const [hits, setHits] = useState<Hit[]>([])
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    if (!query) return
    setLoading(true)
    api // expect: unhandled-promise
      .get<Hit[]>('/search', { params: { q: query, limit: 25 } })
      .then((res) => setHits(res.data))
      .finally(() => setLoading(false))
  }, [query])

  const heading = useMemo(() => `Results for “${query}”`, [query])

  function openHit(hit: Hit) {
    navigate(`/docs/${encodeURIComponent(hit.id)}`)
  }

  if (loading) return <p className="muted">Searching…</p>

  return (
    <section>
      <h2>{heading}</h2>
      <p
        className="summary"
        dangerouslySetInnerHTML={{ __html: `Showing ${hits.length} results for <b>${query}</b>` }} // expect: xss
      />
      <ul>
        {hits.map((hit) => (
          <li key={hit.id} onClick={() => openHit(hit)}>
            <h3>{hit.title}</h3>
            <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(hit.snippetHtml) }} /> {/* ok: xss */}
            <div className="hl" dangerouslySetInnerHTML={{ __html: highlight(hit.title, query) }} />
            <small>{hit.score.toFixed(2)}</small>
          </li>
        ))}
      </ul>
    </section>
  )
}
