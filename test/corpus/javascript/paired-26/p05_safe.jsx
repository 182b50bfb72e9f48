// corpus: path=src/components/ProfileCard.jsx
import React from 'react'
import DOMPurify from 'dompurify'

export function ProfileCard({ profile }) {
  return (
    <section className="profile">
      <h2>{profile.displayName}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(profile.bioHtml) }} /> {/* ok: xss */}
    </section>
  )
}
