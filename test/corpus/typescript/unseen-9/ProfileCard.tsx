// corpus: path=src/components/ProfileCard.tsx
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import type { Profile } from '../api/types';

interface Props {
  profile: Profile;
  onFollow: (id: string) => Promise<void>;
}

export function ProfileCard({ profile, onFollow }: Props) {
  const [params] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const highlight = params.get('highlight') ?? '';
  const bioHtml = useMemo(() => DOMPurify.sanitize(marked.parse(profile.bio ?? '') as string), [profile.bio]);

  useEffect(() => {
    document.title = `${profile.displayName} · Members`;
  }, [profile.displayName]);

  useEffect(() => {
    const next = params.get('next');
    if (next && profile.isSuspended) window.location.href = next; // expect: open-redirect
  }, [params, profile.isSuspended]);

  async function follow() {
    setBusy(true);
    try {
      await onFollow(profile.id);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="profile-card">
      <img src={profile.avatarUrl} alt="" width={64} height={64} />
      <h2>{profile.displayName}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: bioHtml }} /> {/* ok: xss */}
      {highlight && <p className="note" dangerouslySetInnerHTML={{ __html: `Matched: <b>${highlight}</b>` }} />} {/* expect: xss */}
      <p className="location">{params.get('from') ?? profile.location}</p> {/* ok: xss */}
      <button disabled={busy} onClick={follow}>
        {busy ? 'Following…' : 'Follow'}
      </button>
    </section>
  );
}
