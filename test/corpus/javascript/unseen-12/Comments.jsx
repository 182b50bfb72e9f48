// corpus: path=web/src/components/Comments.jsx
import { useEffect, useState } from 'react'
import DOMPurify from 'dompurify'
import { marked } from 'marked'

export function Comment({ comment }) {
  return (
    <article className="comment">
      <header>{comment.author}</header>
      <div dangerouslySetInnerHTML={{ __html: marked.parse(comment.body) }} /> {/* expect: xss */}
    </article>
  )
}

export function SafeComment({ comment }) {
  const html = DOMPurify.sanitize(marked.parse(comment.body))
  return (
    <article className="comment">
      <header>{comment.author}</header>
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* ok: xss */}
    </article>
  )
}

export function Comments({ postId }) {
  const [comments, setComments] = useState([])
  const [error, setError] = useState(null)

  useEffect(() => {
    let cancelled = false
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then((data) => !cancelled && setComments(data))
      .catch((e) => !cancelled && setError(e.message))
    return () => {
      cancelled = true
    }
  }, [postId])

  useEffect(() => {
    const hash = window.location.hash.slice(1)
    if (hash) document.getElementById('highlight').innerHTML = decodeURIComponent(hash) // expect: xss
  }, [])

  if (error) return <p role="alert">{error}</p>
  return (
    <section>
      <div id="highlight" />
      {comments.map((c) => (
        <SafeComment key={c.id} comment={c} />
      ))}
    </section>
  )
}
