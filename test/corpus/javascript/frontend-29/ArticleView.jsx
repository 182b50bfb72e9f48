// corpus: path=src/components/ArticleView.jsx
import { useEffect, useState } from 'react'
import { useParams, useSearchParams, useNavigate } from 'react-router-dom'
import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { api } from '../api'

export default function ArticleView() {
  const { slug } = useParams()
  const [search] = useSearchParams()
  const navigate = useNavigate()
  const [article, setArticle] = useState(null)
  const [bodyHtml, setBodyHtml] = useState('')
  const [error, setError] = useState(null)

  useEffect(() => {
    let cancelled = false
    api
      .get(`/articles/${encodeURIComponent(slug)}`)
      .then(({ data }) => {
        if (cancelled) return
        setArticle(data)
        setBodyHtml(DOMPurify.sanitize(marked.parse(data.body)))
      })
      .catch((err) => setError(err.message))
    return () => {
      cancelled = true
    }
  }, [slug])

  const highlight = search.get('hl') || ''

  function goBack() {
    const back = search.get('back')
    if (back && back.startsWith('/') && !back.startsWith('//')) navigate(back) // ok: open-redirect
    else navigate('/articles')
  }

  if (error) return <p className="error">{error}</p>
  if (!article) return <p>Loading…</p>

  return (
    <article>
      <h1>{article.title}</h1>
      {highlight && <p className="hint" dangerouslySetInnerHTML={{ __html: `Matches for <mark>${highlight}</mark>` }} />} {/* expect: xss */}
      <div className="body" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> {/* ok: xss */}
      <a href={article.author.website}>{article.author.name}</a> {/* expect: xss */}
      <button type="button" onClick={goBack}>
        Back
      </button>
    </article>
  )
}
