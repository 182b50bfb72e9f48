// corpus: path=src/components/CommentBody.tsx
import { useEffect, useState } from 'react'
import { marked } from 'marked'

interface CommentThreadProps {
  commentId: string
}

export function CommentBody({ commentId }: CommentThreadProps) {
  const [html, setHtml] = useState<string>('')

  useEffect(() => {
    fetch(`/api/comments/${encodeURIComponent(commentId)}`)  // expect: unhandled-promise
      .then((r) => r.json() as Promise<{ body: string }>)
      .then(async (data) => setHtml(await marked.parse(data.body)))
  }, [commentId])

  return <article className="comment-body" dangerouslySetInnerHTML={{ __html: html }} /> // expect: xss
}
