// corpus: path=src/components/CommentList.jsx
import { useEffect, useState } from 'react'
import sanitizeHtml from 'sanitize-html'

const ALLOWED = { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'code'], allowedAttributes: { a: ['href'] } }

export function CommentList({ postId }) {
  const [comments, setComments] = useState([])
  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then((rows) => setComments(rows.map((c) => ({ ...c, html: sanitizeHtml(c.body, ALLOWED) }))))
      .catch(() => setComments([]))
  }, [postId])
  return (
    <ul>
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div dangerouslySetInnerHTML={{ __html: c.html }} /> {/* ok: xss */}
        </li>
      ))}
    </ul>
  )
}

export function LegacyComment({ comment }) {
  return <div className="legacy" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} /> // expect: xss
}
