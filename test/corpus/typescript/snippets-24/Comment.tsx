import React from 'react'
import DOMPurify from 'dompurify'

export function Comment({ html, author }: { html: string; author: string }) {
  return (
    <div>
      <strong>{author}</strong>
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* expect: xss */}
    </div>
  )
}

export function SafeComment({ html, author }: { html: string; author: string }) {
  return (
    <div>
      <strong>{author}</strong>
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} /> {/* ok: xss */}
    </div>
  )
}

export function ProfileLink({ url }: { url: string }) {
  return <a href={url}>website</a>
}
