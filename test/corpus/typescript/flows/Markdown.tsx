// corpus: path=src/components/Markdown.tsx
import { useEffect, useRef } from 'react';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

interface MarkdownProps {
  source: string;
  trusted?: boolean;
}

export function Markdown({ source }: MarkdownProps) {
  const rendered = marked.parse(source) as string;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: rendered }} />; // expect: xss
}

export function SafeMarkdown({ source }: MarkdownProps) {
  const rendered = sanitizeHtml(marked.parse(source) as string);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: rendered }} />; // ok: xss
}

export function LiveHtml({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = html; // expect: xss
  }, [html]);
  return <div ref={ref} />;
}

export function Highlight({ text, term }: { text: string; term: string }) {
  const parts = text.split(new RegExp(`(${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'gi'));
  return (
    <span>
      {parts.map((part, i) => (part.toLowerCase() === term.toLowerCase() ? <mark key={i}>{part}</mark> : part))} {/* ok: xss */}
    </span>
  );
}
