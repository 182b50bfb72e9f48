// corpus: path=public/js/widgets.js
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  function renderWelcome() {
    const el = document.querySelector('#welcome');
    const name = params.get('name');
    if (el && name) el.innerHTML = '<h2>Welcome back, ' + name + '!</h2>'; // expect: xss
  }

  function renderTabs() {
    const tab = decodeURIComponent(window.location.hash.slice(1));
    const title = document.querySelector('.tab-title');
    if (title) title.textContent = tab || 'Overview'; // ok: xss
    const crumbs = document.querySelector('.breadcrumbs');
    if (crumbs) crumbs.insertAdjacentHTML('beforeend', `<li>${tab}</li>`); // expect: xss
  }

  function renderSearchEcho() {
    const box = document.getElementById('search-echo');
    if (box) box.innerHTML = `Showing results for <b>${escapeHtml(params.get('q') || '')}</b>`; // ok: xss
  }

  async function renderFeed() {
    const list = document.getElementById('feed');
    if (!list) return;
    const res = await fetch('/api/feed', { credentials: 'same-origin' });
    const items = await res.json();
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        li.textContent = item.title;
        return li;
      }),
    );
  }

  function legacyBanner() {
    const campaign = params.get('utm_campaign');
    if (campaign) document.write('<div class="campaign">' + campaign + '</div>'); // expect: xss
  }

  function followNext() {
    const next = params.get('next');
    if (next) window.location.assign(next); // expect: open-redirect
  }

  function followLocalNext() {
    const next = params.get('next') || '/';
    const target = new URL(next, window.location.origin);
    if (target.origin === window.location.origin) window.location.href = target.pathname + target.search; // ok: open-redirect
  }

  function trackingId() {
    return 'v' + Math.random().toString(36).slice(2, 10); // ok: insecure-random
  }

  document.addEventListener('DOMContentLoaded', () => {
    renderWelcome();
    renderTabs();
    renderSearchEcho();
    renderFeed().catch((e) => console.warn('feed failed', e));
    legacyBanner();
    window.__tid = trackingId();
    document.querySelector('#continue')?.addEventListener('click', followNext);
    document.querySelector('#continue-local')?.addEventListener('click', followLocalNext);
  });
})();
