// corpus: path=src/components/CommentThread.tsx
import { useEffect, useMemo, useState } from 'react'
import { formatDistanceToNow } from 'date-fns'
import DOMPurify from 'dompurify'
import { marked } from 'marked'

type Comment = {
  id: string
  author: { name: string; avatarUrl: string; signatureHtml?: string }
  body: string
  bodyMarkdown?: string
  createdAt: string
}

export function CommentThread({ postId }: { postId: string }) {
  const [comments, setComments] = useState<Comment[]>([])
  const [error, setError] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  const highlight = useMemo(() => new URLSearchParams(window.location.search).get('highlight') ?? '', [])

  useEffect(() => {
    fetch(`/api/posts/${encodeURIComponent(postId)}/comments`)
      .then((r) => r.json() as Promise<Comment[]>)
      .then(setComments)
      .catch(() => setError('Could not load comments'))
  }, [postId])

  useEffect(() => {
    const banner = document.getElementById('comment-banner')
    if (banner && highlight) banner.innerHTML = `Showing comments matching <em>${highlight}</em>` // expect: xss
  }, [highlight])

  if (error) return <p className="error">{error}</p>

  return (
    <div>
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id}>
            <img src={c.author.avatarUrl} alt="" width={32} height={32} />
            <strong>{c.author.name}</strong>
            <time dateTime={c.createdAt}>{formatDistanceToNow(new Date(c.createdAt))} ago</time>
            {c.bodyMarkdown ? (
              <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(c.bodyMarkdown, { async: false })) }} /> /* ok: xss */
            ) : (
              <p>{c.body}</p>
            )}
            {c.author.signatureHtml && <footer dangerouslySetInnerHTML={{ __html: c.author.signatureHtml }} />} {/* expect: xss */}
          </li>
        ))}
      </ul>
      <p className="preview" dangerouslySetInnerHTML={{ __html: marked.parse(draft, { async: false }) as string }} /> {/* expect: xss */}
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
    </div>
  )
}
