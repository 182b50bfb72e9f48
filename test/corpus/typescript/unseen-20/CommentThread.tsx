// corpus: path=src/components/CommentThread.tsx
import { useEffect, useMemo, useRef, useState } from 'react'
import DOMPurify from 'dompurify'
import { marked } from 'marked'

type Comment = { id: string; author: string; bodyHtml: string; bodyMarkdown: string; website?: string }

export function CommentThread({ postId }: { postId: string }) {
  const [comments, setComments] = useState<Comment[]>([])
  const [draft, setDraft] = useState('')
  const previewRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    fetch(`/api/posts/${encodeURIComponent(postId)}/comments`)
      .then((r) => r.json())
      .then(setComments)
      .catch(() => setComments([]))
  }, [postId])

  useEffect(() => {
    if (previewRef.current) previewRef.current.textContent = draft // ok: xss
  }, [draft])

  const highlighted = useMemo(() => new URLSearchParams(window.location.search).get('highlight'), [])

  return (
    <section>
      {highlighted && <p className="hint" dangerouslySetInnerHTML={{ __html: `Showing results for <b>${highlighted}</b>` }} />} {/* expect: xss */}
      {comments.map((c) => (
        <article key={c.id} id={`comment-${c.id}`}>
          <header>{c.author}</header>
          <div dangerouslySetInnerHTML={{ __html: c.bodyHtml }} /> {/* expect: xss */}
          <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(c.bodyMarkdown) as string) }} /> {/* ok: xss */}
          {c.website && <a href={c.website} rel="nofollow ugc">{c.author}</a>}
        </article>
      ))}
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      <div ref={previewRef} className="preview" />
      <p dangerouslySetInnerHTML={{ __html: '<em>Markdown</em> is supported.' }} /> {/* ok: xss */}
    </section>
  )
}
