// corpus: path=src/components/CommentCard.tsx
import { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useSearchParams } from 'react-router-dom';

interface Comment {
  id: string;
  author: string;
  bodyHtml: string;
  bodyMarkdown: string;
}

export function CommentCard({ comment }: { comment: Comment }) {
  return (
    <article>
      <h4>{comment.author}</h4>
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.bodyHtml) }} /> {/* ok: xss */}
    </article>
  );
}

export function MarkdownComment({ comment }: { comment: Comment }) {
  const rendered = marked.parse(comment.bodyMarkdown) as string;
  return <div className="md" dangerouslySetInnerHTML={{ __html: rendered }} />; {/* expect: xss */}
}

export function SearchHeading() {
  const [params] = useSearchParams();
  const term = params.get('q') ?? '';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingRef.current) headingRef.current.innerHTML = `Results for <b>${term}</b>`; // expect: xss
  }, [term]);
  return <h2 ref={headingRef} />;
}

export function SearchHeadingText() {
  const [params] = useSearchParams();
  const term = params.get('q') ?? '';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingRef.current) headingRef.current.textContent = `Results for ${term}`; // ok: xss
  }, [term]);
  return <h2 ref={headingRef} />;
}

export function HashBanner() {
  useEffect(() => {
    const message = decodeURIComponent(window.location.hash.slice(1));
    document.getElementById('banner')!.insertAdjacentHTML('beforeend', `<p>${message}</p>`); // expect: xss
  }, []);
  return <div id="banner" />;
}
