// corpus: path=src/components/Comments.tsx
import { useEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';

interface Comment { id: number; author: string; html: string; website: string }

export function Comments({ postId }: { postId: number }) {
  const [comments, setComments] = useState<Comment[]>([]);
  const preview = useRef<HTMLDivElement>(null);
  const draft = new URLSearchParams(window.location.search).get('draft') ?? '';

  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`).then((r) => r.json()).then(setComments).catch(() => setComments([]));
  }, [postId]);

  useEffect(() => {
    if (preview.current) preview.current.innerHTML = draft; // expect: xss
  }, [draft]);

  return (
    <ul>
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong> {/* ok: xss */}
          <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(c.html) }} /> {/* ok: xss */}
        </li>
      ))}
      <div ref={preview} />
    </ul>
  );
}
