// corpus: path=src/components/articles/ArticleView.tsx
import { useEffect, useState } from 'react'
import { useParams, useSearchParams, Link } from 'react-router-dom'
import DOMPurify from 'isomorphic-dompurify'
import { marked } from 'marked'
import { formatDistanceToNow } from 'date-fns'
import { api } from '../../lib/api'
import type { Article, Author } from '../../types'

interface ArticleViewProps {
  author: Author
  onShare?: (url: string) => void
}

function AuthorCard({ author }: { author: Author }) {
  return (
    <div className="author">
      <img src={author.avatarUrl} alt="" width={40} height={40} />
      <div>
        <strong>{author.name}</strong>
        <p className="muted">{author.tagline}</p>
      </div>
    </div>
  )
}

export function ArticleView({ author, onShare }: ArticleViewProps) {
  const { slug } = useParams<{ slug: string }>()
  const [searchParams] = useSearchParams()
  const [article, setArticle] = useState<Article | null>(null)
  const [error, setError] = useState<string | null>(null)
  const highlight = searchParams.get('q')
  const returnTo = searchParams.get('return')

  useEffect(() => {
    if (!slug) return
    let cancelled = false
    api
      .get<Article>(`/articles/${encodeURIComponent(slug)}`)
      .then((a) => !cancelled && setArticle(a))
      .catch((e: Error) => !cancelled && setError(e.message))
    return () => {
      cancelled = true
    }
  }, [slug])

  useEffect(() => {
    if (error === 'session_expired' && returnTo) {
      window.location.href = returnTo // expect: open-redirect
    }
  }, [error, returnTo])

  if (error) return <p role="alert">{error}</p>
  if (!article) return <p>Loading…</p>

  const bodyHtml = DOMPurify.sanitize(marked.parse(article.markdown, { async: false }) as string)

  return (
    <article>
      <header>
        <h1>{article.title}</h1>
        <AuthorCard author={author} />
        <time dateTime={article.publishedAt}>{formatDistanceToNow(new Date(article.publishedAt))} ago</time>
      </header>
      {highlight && <p className="search-hint" dangerouslySetInnerHTML={{ __html: `Results for “${highlight}”` }} />} {/* expect: xss */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> {/* ok: xss */}
      <aside className="author-bio" dangerouslySetInnerHTML={{ __html: author.bioHtml }} /> {/* expect: xss */}
      <footer>
        {article.tags.map((t) => (
          <Link key={t} to={`/tags/${encodeURIComponent(t)}`}>
            #{t}
          </Link>
        ))}
        <button type="button" onClick={() => onShare?.(window.location.href)}>
          Share
        </button>
      </footer>
    </article>
  )
}
