// corpus: path=src/components/ProfileCard.tsx
import Link from 'next/link'
import type { Profile } from '@/lib/types'

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : undefined
  } catch {
    return undefined
  }
}

export function ProfileCard({ profile }: { profile: Profile }) {
  return (
    <div className="profile-card">
      <img src={profile.avatarUrl} alt="" width={64} height={64} />
      <h3>{profile.name}</h3>
      <p>{profile.headline}</p>
      {profile.website && <a href={safeUrl(profile.website)}>Website</a>} {/* ok: xss */}
      {profile.blog && <a href={profile.blog}>Blog</a>} {/* expect: xss */}
      <div className="about" dangerouslySetInnerHTML={{ __html: profile.aboutHtml }} /> {/* expect: xss */}
      <Link href={`/people/${encodeURIComponent(profile.handle)}`}>View profile</Link>
    </div>
  )
}
