// corpus: path=src/components/Comments.tsx
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

type Comment = { id: string; author: string; html: string; body: string; createdAt: string };

const md = new MarkdownIt({ html: true, linkify: true });

export function CommentBody({ comment }: { comment: Comment }) {
  const clean = useMemo(() => DOMPurify.sanitize(comment.html, { USE_PROFILES: { html: true } }), [comment.html]);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />; // ok: xss
}

export function CommentMarkdown({ comment }: { comment: Comment }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: md.render(comment.body) }} />; // expect: xss
}

export function Highlight({ text, term }: { text: string; term: string }) {
  const parts = text.split(new RegExp(`(${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'gi'));
  return (
    <span>
      {parts.map((p, i) => (p.toLowerCase() === term.toLowerCase() ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}
    </span>
  );
}

export function CommentsPage() {
  const [params] = useSearchParams();
  const [comments, setComments] = useState<Comment[]>([]);
  const banner = useRef<HTMLDivElement>(null);
  const highlight = params.get('highlight') ?? '';

  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/api/comments?thread=${encodeURIComponent(params.get('thread') ?? '')}`, { signal: ctrl.signal })
      .then((r) => r.json())
      .then(setComments)
      .catch(() => setComments([]));
    return () => ctrl.abort();
  }, [params]);

  useEffect(() => {
    const notice = params.get('notice');
    if (notice && banner.current) {
      banner.current.insertAdjacentHTML('afterbegin', `<p class="notice">${notice}</p>`); // expect: xss
    }
  }, [params]);

  return (
    <section>
      <div ref={banner} />
      <h2 dangerouslySetInnerHTML={{ __html: `Comments matching <em>${highlight}</em>` }} /> {/* expect: xss */}
      {comments.map((c) => (
        <article key={c.id}>
          <header>
            {c.author} · <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString()}</time>
          </header>
          <Highlight text={c.body} term={highlight} />
          <CommentBody comment={c} />
        </article>
      ))}
      <a href={`/threads/${encodeURIComponent(params.get('thread') ?? '')}`}>Back to thread</a>
    </section>
  );
}
