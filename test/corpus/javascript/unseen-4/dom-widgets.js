// corpus: path=public/js/search-widgets.js
import $ from 'jquery';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const params = new URLSearchParams(window.location.search);

export function renderSearchHeader() {
  const term = params.get('q') || '';
  document.getElementById('search-title').insertAdjacentHTML('beforeend', `<span class="term">${term}</span>`); // expect: xss
  document.getElementById('search-input').value = term; // ok: xss
}

export function renderPreview(markdown) {
  const target = document.querySelector('#preview');
  target.innerHTML = DOMPurify.sanitize(marked.parse(markdown)); // ok: xss
}

export function renderSharedNote() {
  const note = decodeURIComponent(window.location.hash.slice(1));
  $('#shared-note').html(marked.parse(note)); // expect: xss
  $('#shared-note-title').text(note.split('\n')[0]); // ok: xss
}

export function showFlash() {
  const message = params.get('flash');
  if (!message) return;
  const el = document.createElement('div');
  el.className = 'flash';
  el.innerHTML = message; // expect: xss
  document.body.prepend(el);
}

export function followNext() {
  const next = params.get('next');
  window.location.assign(next); // expect: open-redirect
}

export function followNextSafe() {
  const next = params.get('next') || '/';
  if (next.startsWith('/') && !next.startsWith('//')) window.location.assign(next); // ok: open-redirect
}

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
  document.getElementById('status').textContent = event.data.status; // ok: xss
});

window.addEventListener('message', (event) => {
  document.getElementById('banner').innerHTML = event.data.html; // expect: xss
});
