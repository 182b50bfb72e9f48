// corpus: path=src/components/ProfileCard.tsx
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import DOMPurify from 'dompurify'
import { Avatar } from './Avatar'
import { formatDate } from '../lib/format'

export interface Member {
  id: string
  name: string
  website: string
  aboutHtml: string
  joinedAt: string
}

interface Props {
  member: Member
  highlight?: boolean
}

function safeHref(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : '#'
  } catch {
    return '#'
  }
}

export function ProfileCard({ member, highlight = false }: Props) {
  const [params] = useSearchParams()
  const [expanded, setExpanded] = useState(false)
  const welcome = params.get('welcome')
  const ref = params.get('ref')

  useEffect(() => {
    if (ref) document.title = `${member.name} · referred`
  }, [ref, member.name])

  return (
    <article className={highlight ? 'card card--highlight' : 'card'}>
      <Avatar memberId={member.id} size={48} />
      <h3>{member.name}</h3>
      {welcome && <div className="banner" dangerouslySetInnerHTML={{ __html: welcome }} />} {/* expect: xss */}
      <p className="muted">Joined {formatDate(member.joinedAt)}</p>
      <a href={member.website} rel="noopener noreferrer" target="_blank">Website</a> {/* expect: xss */}
      <a href={safeHref(member.website)} rel="noopener noreferrer" target="_blank">Homepage</a> {/* ok: xss */}
      <a href={`/members/${member.id}`}>Profile</a>
      {expanded ? (
        <div className="about" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(member.aboutHtml) }} /> /* ok: xss */
      ) : (
        <button type="button" onClick={() => setExpanded(true)}>Read more</button>
      )}
      {ref && <small>Referred by {ref}</small>}
    </article>
  )
}
