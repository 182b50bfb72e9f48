// corpus: path=src/pages/Profile.tsx
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import sanitizeHtml from 'sanitize-html';

interface User {
  name: string;
  aboutHtml: string;
  website: string;
}

export function Profile() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    fetch(`/api/users/${encodeURIComponent(id ?? '')}`).then((r) => r.json()).then(setUser).catch(() => setUser(null));
  }, [id]);

  const welcome = search.get('welcome');

  useEffect(() => {
    if (welcome) document.getElementById('flash')!.innerHTML = `<strong>${welcome}</strong>`; // expect: xss
  }, [welcome]);

  useEffect(() => {
    const next = search.get('next');
    if (next) window.location.assign(next); // expect: open-redirect
  }, [search]);

  if (!user) return null;
  return (
    <section>
      <div id="flash" />
      <h1>{user.name}</h1>
      <div dangerouslySetInnerHTML={{ __html: sanitizeHtml(user.aboutHtml) }} /> {/* ok: xss */}
      <p>{search.get('note')}</p>
    </section>
  );
}
