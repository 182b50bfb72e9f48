// corpus: path=src/components/Comments.jsx
import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { useEffect, useRef, useState } from 'react'

export function Comment({ comment }) {
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} /> {/* expect: xss */}
    </li>
  )
}

export function SafeComment({ comment }) {
  const html = DOMPurify.sanitize(marked.parse(comment.body))
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* ok: xss */}
    </li>
  )
}

export function PlainComment({ comment }) {
  return <p className="comment-body">{comment.body}</p> // ok: xss
}

export function Preview({ markdown }) {
  const ref = useRef(null)
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = marked.parse(markdown) // expect: xss
  }, [markdown])
  return <div ref={ref} className="preview" />
}

export function AuthorLink({ author }) {
  return (
    <a href={author.website} rel="noopener noreferrer" target="_blank"> {/* expect: xss */}
      {author.name}
    </a>
  )
}

export function CommentList({ postId }) {
  const [comments, setComments] = useState([])
  useEffect(() => {
    let cancelled = false
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then((data) => {
        if (!cancelled) setComments(data)
      })
      .catch(() => setComments([]))
    return () => {
      cancelled = true
    }
  }, [postId])
  return (
    <ul>
      {comments.map((c) => (
        <SafeComment key={c.id} comment={c} />
      ))}
    </ul>
  )
}
