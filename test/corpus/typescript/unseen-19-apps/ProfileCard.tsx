// corpus: path=src/components/ProfileCard.tsx
import { useEffect, useMemo, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

interface Profile {
  id: string;
  name: string;
  bio: string;
  website?: string;
}

export function ProfileCard({ userId }: { userId: string }) {
  const [profile, setProfile] = useState<Profile | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/users/${encodeURIComponent(userId)}`)
      .then((r) => r.json())
      .then((p: Profile) => {
        if (!cancelled) setProfile(p);
      })
      .catch(() => setProfile(null));
    return () => {
      cancelled = true;
    };
  }, [userId]);

  const bioHtml = useMemo(() => (profile ? DOMPurify.sanitize(marked.parse(profile.bio) as string) : ''), [profile]);

  if (!profile) return <p className="muted">Loading…</p>;

  return (
    <section className="profile-card">
      <h2>{profile.name}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: bioHtml }} />{/* ok: xss */}
      <div className="bio-raw" dangerouslySetInnerHTML={{ __html: marked.parse(profile.bio) as string }} />{/* expect: xss */}
      {profile.website && (
        <a href={profile.website} rel="noopener noreferrer" target="_blank"> {/* expect: xss */}
          Website
        </a>
      )}
    </section>
  );
}

export function Banner({ message }: { message: string }) {
  const params = new URLSearchParams(window.location.search);
  const ref = params.get('ref');
  return (
    <div className="banner">
      <span>{message}</span>
      {ref && <span dangerouslySetInnerHTML={{ __html: `from ${ref}` }} />}{/* expect: xss */}
    </div>
  );
}
