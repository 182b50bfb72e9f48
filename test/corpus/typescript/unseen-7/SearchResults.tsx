// corpus: path=src/components/search/SearchResults.tsx
'use client';

import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

type Hit = { id: string; title: string; excerptHtml: string; url: string };

function highlight(text: string, term: string): string {
  if (!term) return text;
  return text.split(term).join(`<mark>${term}</mark>`);
}

export default function SearchResults({ hits }: { hits: Hit[] }) {
  const params = useSearchParams();
  const term = params.get('q') ?? '';
  const note = params.get('note') ?? '';
  const [banner, setBanner] = useState('');

  useEffect(() => {
    const el = document.getElementById('search-banner');
    if (el) el.insertAdjacentHTML('beforeend', `<span>Results for ${term}</span>`); // expect: xss
  }, [term]);

  useEffect(() => {
    setBanner(`Results for ${term}`);
  }, [term]);

  const noteHtml = useMemo(() => marked.parse(note) as string, [note]);
  const safeNoteHtml = useMemo(() => DOMPurify.sanitize(marked.parse(note) as string), [note]);

  return (
    <section>
      <p id="search-banner">{banner}</p> {/* ok: xss */}
      <div className="note" dangerouslySetInnerHTML={{ __html: noteHtml }} /> {/* expect: xss */}
      <div className="note" dangerouslySetInnerHTML={{ __html: safeNoteHtml }} /> {/* ok: xss */}
      {hits.map((hit) => (
        <article key={hit.id}>
          <h3 dangerouslySetInnerHTML={{ __html: highlight(hit.title, term) }} /> {/* expect: xss */}
          <a href={hit.url}>{hit.title}</a>
        </article>
      ))}
    </section>
  );
}
