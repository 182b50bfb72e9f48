import { useEffect, useState } from 'react'
import { formatDistanceToNow } from 'date-fns'

type Comment = {
  id: string
  author: { name: string; avatarUrl: string }
  body: string
  createdAt: string
}

export function CommentThread({ postId }: { postId: string }) {
  const [comments, setComments] = useState<Comment[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fetch(`/api/posts/${encodeURIComponent(postId)}/comments`)
      .then((r) => r.json() as Promise<Comment[]>)
      .then(setComments)
      .catch(() => setError('Could not load comments'))
  }, [postId])

  if (error) return <p className="error">{error}</p>

  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <img src={c.author.avatarUrl} alt="" width={32} height={32} />
          <strong>{c.author.name}</strong>
          <time dateTime={c.createdAt}>{formatDistanceToNow(new Date(c.createdAt))} ago</time>
          <p>{c.body}</p>
        </li>
      ))}
    </ul>
  )
}
