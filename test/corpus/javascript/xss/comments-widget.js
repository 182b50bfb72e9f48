// corpus: path=public/js/comments.js
import DOMPurify from 'dompurify';

const list = document.querySelector('#comments');
const preview = document.querySelector('#preview');
const params = new URLSearchParams(location.search);

export function renderComment(comment) {
  const item = document.createElement('li');
  item.className = 'comment';
  item.innerHTML = `<strong>${comment.author}</strong><p>${comment.body}</p>`; // expect: xss
  list.appendChild(item);
}

export function renderCommentSafe(comment) {
  const item = document.createElement('li');
  const author = document.createElement('strong');
  author.textContent = comment.author; // ok: xss
  const body = document.createElement('p');
  body.textContent = comment.body; // ok: xss
  item.append(author, body);
  list.appendChild(item);
}

export function showPreview(markdownHtml) {
  preview.innerHTML = DOMPurify.sanitize(markdownHtml); // ok: xss
}

export function showHighlight() {
  const term = params.get('highlight');
  if (term) {
    document.querySelector('#banner').insertAdjacentHTML('beforeend', `<mark>${term}</mark>`); // expect: xss
  }
}

export function showWelcome() {
  const name = params.get('name') || 'friend';
  document.write('<h2>Welcome back, ' + name + '</h2>'); // expect: xss
}

export function clearComments() {
  list.innerHTML = ''; // ok: xss
}
