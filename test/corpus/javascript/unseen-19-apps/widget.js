// corpus: path=public/js/comments-widget.js
(function () {
  'use strict';

  const API = '/api/comments';
  const list = document.getElementById('comments');
  const form = document.getElementById('comment-form');
  const params = new URLSearchParams(window.location.search);

  function formatDate(iso) {
    const d = new Date(iso);
    return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  }

  function render(comments) {
    list.innerHTML = '';
    for (const c of comments) {
      const item = document.createElement('li');
      item.className = 'comment';
      const author = document.createElement('strong');
      author.textContent = c.author;  // ok: xss
      const body = document.createElement('p');
      body.innerHTML = c.body;  // expect: xss
      const when = document.createElement('time');
      when.textContent = formatDate(c.createdAt);
      item.append(author, when, body);
      list.appendChild(item);
    }
  }

  async function load() {
    const res = await fetch(`${API}?post=${encodeURIComponent(form.dataset.post)}`);
    if (!res.ok) return;
    render(await res.json());
  }

  const notice = params.get('notice');
  if (notice) {
    document.getElementById('notice').innerHTML = notice;  // expect: xss
  }

  const highlight = params.get('highlight');
  if (highlight) {
    document.getElementById('notice').textContent = `Showing comment ${highlight}`;  // ok: xss
  }

  const next = params.get('next');
  if (next) {
    window.location.href = next;  // expect: open-redirect
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const res = await fetch(API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ post: form.dataset.post, body: data.get('body') }),
    });
    if (res.ok) {
      form.reset();
      await load();
    }
  });

  load();
})();
