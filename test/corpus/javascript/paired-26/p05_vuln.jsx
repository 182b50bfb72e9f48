// corpus: path=src/components/ProfileCard.jsx
import React from 'react'

export function ProfileCard({ profile }) {
  return (
    <section className="profile">
      <h2>{profile.displayName}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: profile.bioHtml }} /> {/* expect: xss */}
    </section>
  )
}
