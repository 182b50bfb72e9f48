// corpus: path=public/js/widget.js
(function () {
  'use strict';

  const root = document.getElementById('help-widget');
  if (!root) return;

  const params = new URLSearchParams(window.location.search);
  const topic = params.get('topic') || 'general';
  const titleEl = root.querySelector('.widget-title');
  const bodyEl = root.querySelector('.widget-body');

  titleEl.textContent = `Help: ${topic}`; // ok: xss

  function renderArticles(articles) {
    bodyEl.innerHTML = '';
    for (const a of articles) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `/help/${encodeURIComponent(a.slug)}`;
      link.textContent = a.title;
      li.appendChild(link);
      bodyEl.appendChild(li);
    }
  }

  fetch(`/api/help?topic=${encodeURIComponent(topic)}`)
    .then((r) => r.json())
    .then(renderArticles)
    .catch(() => {
      bodyEl.textContent = 'Could not load help articles.';
    });

  const hash = decodeURIComponent(window.location.hash.slice(1));
  if (hash) {
    root.querySelector('.widget-notice').innerHTML = `<strong>Jump to:</strong> ${hash}`; // expect: xss
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'help:eval') {
      const result = new Function('widget', event.data.code)(root); // expect: code-injection
      event.source.postMessage({ type: 'help:result', result }, event.origin);
    }
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://app.example.com') return;
    if (event.data && event.data.type === 'help:open') {
      titleEl.textContent = String(event.data.title || ''); // ok: xss
    }
  });

  root.querySelector('.widget-close').addEventListener('click', () => {
    const next = params.get('return');
    if (next) window.location = next; // expect: open-redirect
    else root.hidden = true;
  });
})();
