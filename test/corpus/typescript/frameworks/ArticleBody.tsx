// corpus: path=app/articles/[slug]/ArticleBody.tsx
'use client';

import { useSearchParams } from 'next/navigation';
import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';

type Props = { html: string; excerpt: string };

export function ArticleBody({ html, excerpt }: Props) {
  const params = useSearchParams();
  const highlight = params.get('hl') ?? '';
  const banner = `<mark>${highlight}</mark>`;
  return (
    <article>
      <div dangerouslySetInnerHTML={{ __html: banner }} /> {/* expect: xss */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} /> {/* ok: xss */}
      <p>{excerpt}</p>
    </article>
  );
}

export function Preview({ source }: { source: string }) {
  const rendered = DOMPurify.sanitize(marked.parse(source) as string);
  return <section dangerouslySetInnerHTML={{ __html: rendered }} />; // ok: xss
}

export function SearchEcho() {
  const q = useSearchParams().get('q') ?? '';
  const markup = { __html: `Results for <b>${q}</b>` };
  return <h2 dangerouslySetInnerHTML={markup} />; // expect: xss
}
