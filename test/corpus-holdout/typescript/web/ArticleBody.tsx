// corpus: path=src/components/ArticleBody.tsx
import sanitizeHtml from 'sanitize-html'
import { useMemo } from 'react'
import type { Article } from '@/types'

interface Props {
  article: Article
  highlight?: string
}

export function ArticleBody({ article, highlight }: Props) {
  const html = useMemo(() => sanitizeHtml(article.html, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']) }), [article.html])
  return (
    <article>
      <h1>{article.title}</h1>
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} /> {/* ok: xss */}
      {highlight && <mark>{highlight}</mark>}
    </article>
  )
}

export function ArticleTeaser({ article }: Props) {
  return (
    <section>
      <h2>{article.title}</h2>
      <p dangerouslySetInnerHTML={{ __html: article.summaryHtml }} /> {/* expect: xss */}
    </section>
  )
}

export function SearchHeading({ query }: { query: string }) {
  return <h2 dangerouslySetInnerHTML={{ __html: `Results for <em>${query}</em>` }} /> // expect: xss
}

export function StaticNotice() {
  return <div dangerouslySetInnerHTML={{ __html: '<strong>Maintenance</strong> on Sunday 02:00–04:00 UTC' }} /> // ok: xss
}

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} /> // ok: xss
}
