// corpus: path=src/components/CommentList.jsx
import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Comment({ comment }) {
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: comment.body }} /> {/* expect: xss */}
    </li>
  );
}

export function RenderedComment({ comment }) {
  const html = DOMPurify.sanitize(marked.parse(comment.markdown));
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />; // ok: xss
}

export function PlainComment({ comment }) {
  return (
    <li>
      <strong>{comment.author}</strong>
      <p>{comment.body}</p> {/* ok: xss */}
    </li>
  );
}

export function Signature({ user }) {
  const markup = { __html: marked.parse(user.signature) };
  return <footer dangerouslySetInnerHTML={markup} />; // expect: xss
}

export function ProfileLink({ user }) {
  return (
    <a href={`/users/${encodeURIComponent(user.handle)}`} rel="author"> {/* ok: xss */}
      {user.name}
    </a>
  );
}

export default function CommentList({ comments }) {
  return <ul>{comments.map((c) => <Comment key={c.id} comment={c} />)}</ul>;
}
