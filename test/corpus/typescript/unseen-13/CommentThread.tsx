// corpus: path=src/components/CommentThread.tsx
import { useEffect, useMemo, useState } from 'react'
import { useSearchParams, useRouter } from 'next/navigation'
import DOMPurify from 'isomorphic-dompurify'
import { marked } from 'marked'
import { formatDistanceToNow } from 'date-fns'

type Comment = { id: string; author: string; bodyMarkdown: string; createdAt: string }

export function CommentThread({ postId }: { postId: string }) {
  const [comments, setComments] = useState<Comment[]>([])
  const [error, setError] = useState<string | null>(null)
  const params = useSearchParams()
  const router = useRouter()

  useEffect(() => {
    let cancelled = false
    fetch(`/api/posts/${encodeURIComponent(postId)}/comments`)
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((data: Comment[]) => !cancelled && setComments(data))
      .catch((err: Error) => !cancelled && setError(err.message))
    return () => {
      cancelled = true
    }
  }, [postId])

  const highlight = params.get('highlight') ?? ''
  const sorted = useMemo(() => [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [comments])

  return (
    <section aria-label="Comments">
      {error && <p role="alert">{error}</p>}
      {highlight && <div className="search-hint" dangerouslySetInnerHTML={{ __html: `Showing matches for <b>${highlight}</b>` }} />} {/* expect: xss */}
      {sorted.map((c) => (
        <article key={c.id} id={`c-${c.id}`}>
          <header>
            {c.author} · {formatDistanceToNow(new Date(c.createdAt))} ago
          </header>
          <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(c.bodyMarkdown) as string) }} /> {/* ok: xss */}
        </article>
      ))}
      <button type="button" onClick={() => router.push(params.get('back') ?? '/')}>Back</button> {/* expect: open-redirect */}
      <button type="button" onClick={() => router.push(`/posts/${postId}/reply`)}>Reply</button> {/* ok: open-redirect */}
    </section>
  )
}

export function CommentPreview({ markdown }: { markdown: string }) {
  const html = marked.parse(markdown) as string
  return <div className="preview" dangerouslySetInnerHTML={{ __html: html }} /> // expect: xss
}
