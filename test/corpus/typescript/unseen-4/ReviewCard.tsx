// corpus: path=src/components/ReviewCard.tsx
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

interface Review {
  id: string;
  author: string;
  bodyMarkdown: string;
  website?: string;
}

export function ReviewCard({ review }: { review: Review }) {
  const html = marked.parse(review.bodyMarkdown) as string;
  return (
    <article>
      <h3>{review.author}</h3> {/* ok: xss */}
      <div className="body" dangerouslySetInnerHTML={{ __html: html }} /> {/* expect: xss */}
    </article>
  );
}

export function SafeReviewCard({ review }: { review: Review }) {
  const html = DOMPurify.sanitize(marked.parse(review.bodyMarkdown) as string);
  return <div className="body" dangerouslySetInnerHTML={{ __html: html }} />; // ok: xss
}

export function SearchSummary() {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = `Results for <b>${query}</b>`; // expect: xss
  }, [query]);
  return <p ref={ref} />;
}

export function SearchSummarySafe() {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  return <p>Results for <b>{query}</b></p>; // ok: xss
}

export function EmbedFrame() {
  const [params] = useSearchParams();
  const src = params.get('embed') ?? '';
  return <iframe title="embed" srcDoc={src} sandbox="" />; // expect: xss
}

export function HelpText() {
  return <div dangerouslySetInnerHTML={{ __html: '<em>Markdown</em> is supported.' }} />; // ok: xss
}
