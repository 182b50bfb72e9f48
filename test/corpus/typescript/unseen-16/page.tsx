// corpus: path=app/docs/[slug]/page.tsx
import { notFound, redirect } from 'next/navigation';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { getDoc } from '@/lib/docs';

interface Props {
  params: { slug: string };
  searchParams: { q?: string; from?: string };
}

export default async function DocPage({ params, searchParams }: Props) {
  const doc = await getDoc(params.slug);
  if (!doc) notFound();
  if (doc.movedTo) redirect(`/docs/${doc.movedTo}`);
  const html = sanitizeHtml(await marked.parse(doc.markdown));
  return (
    <article>
      {searchParams.q && <p className="search-hint" dangerouslySetInnerHTML={{ __html: `Matches for <b>${searchParams.q}</b>` }} />} {/* expect: xss */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} /> {/* ok: xss */}
      {searchParams.from && <a href={`/search?q=${encodeURIComponent(searchParams.from)}`}>Back to results</a>}
    </article>
  );
}
