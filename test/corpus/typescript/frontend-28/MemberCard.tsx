// corpus: path=web/src/components/MemberCard.tsx
import Link from 'next/link'

export type Member = {
  id: string
  displayName: string
  avatarUrl: string | null
  homepage: string | null
  bio: string
  role: 'owner' | 'admin' | 'member'
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export function MemberCard({ member }: { member: Member }) {
  return (
    <article className="member-card">
      <img src={member.avatarUrl ?? '/img/avatar.svg'} alt="" width={48} height={48} />
      <Link href={`/team/${member.id}`}>{member.displayName}</Link>
      {member.homepage && isHttpUrl(member.homepage) && (
        <a href={member.homepage} rel="noopener noreferrer nofollow" target="_blank"> {/* ok: xss */}
          Homepage
        </a>
      )}
      <span className={`badge badge-${member.role}`}>{member.role}</span>
    </article>
  )
}

export function MemberBio({ member }: { member: Member }) {
  return (
    <div className="bio">
      <a href={member.homepage ?? '#'}>{member.displayName}</a> {/* expect: xss */}
      <div dangerouslySetInnerHTML={{ __html: member.bio.replace(/\n/g, '<br>') }} /> {/* expect: xss */}
    </div>
  )
}
