// corpus: path=src/components/profile/Bio.tsx
import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { useMemo, useState } from 'react'
import type { Profile } from '@/types'

interface Props {
  profile: Profile
  editable?: boolean
  onSave?: (bio: string) => Promise<void>
}

export function Bio({ profile, editable = false, onSave }: Props) {
  const [draft, setDraft] = useState(profile.bio)
  const [saving, setSaving] = useState(false)
  const html = useMemo(() => DOMPurify.sanitize(marked.parse(profile.bio, { async: false }) as string), [profile.bio])

  async function save() {
    if (!onSave) return
    setSaving(true)
    try {
      await onSave(draft)
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="bio">
      <h2>{profile.displayName}</h2>
      <div className="bio-body" dangerouslySetInnerHTML={{ __html: html }} /> {/* ok: xss */}
      <div className="bio-tagline" dangerouslySetInnerHTML={{ __html: profile.tagline }} /> {/* expect: xss */}
      {editable && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <textarea value={draft} onChange={(event) => setDraft(event.target.value)} rows={6} maxLength={2000} />
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </form>
      )}
    </section>
  )
}
