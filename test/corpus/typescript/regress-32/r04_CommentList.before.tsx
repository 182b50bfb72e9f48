import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { useEffect, useMemo, useState } from 'react'
import { formatRelative } from '../../lib/dates'
import type { Comment } from '../../types'

const MAX_PREVIEW = 280

export function excerpt(markdown: string): string {
  const text = markdown.replace(/[#*_`>]/g, '').replace(/\s+/g, ' ').trim()
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 1)}…` : text
}

interface Props {
  threadId: string
  highlight?: string
  onReply(comment: Comment): void
}

function useComments(threadId: string) {
  const [comments, setComments] = useState<Comment[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    fetch(`/api/threads/${encodeURIComponent(threadId)}/comments`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((data: Comment[]) => !cancelled && setComments(data))
      .catch((err: Error) => !cancelled && setError(err.message))
    return () => {
      cancelled = true
    }
  }, [threadId])
  return { comments, error }
}

function renderBody(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string
}

export function CommentList({ threadId, highlight, onReply }: Props) {
  const { comments, error } = useComments(threadId)
  const sorted = useMemo(() => [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [comments])

  if (error) return <p className="comments-error">Comments could not be loaded ({error}).</p>
  if (sorted.length === 0) return <p className="comments-empty">No comments yet.</p>

  return (
    <ol className="comments">
      {sorted.map((c) => (
        <li key={c.id} className={c.id === highlight ? 'comment comment--highlight' : 'comment'}>
          <header>
            <strong>{c.author.name}</strong> <time dateTime={c.createdAt}>{formatRelative(c.createdAt)}</time>
          </header>
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: renderBody(c.body) }} />
          <button type="button" onClick={() => onReply(c)}>
            Reply
          </button>
        </li>
      ))}
    </ol>
  )
}
