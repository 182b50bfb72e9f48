// corpus: path=public/js/search-page.js
/* global $, DOMPurify */
(function () {
  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') || '';

  $('#search-summary').html('Showing results for <em>' + query + '</em>'); // expect: xss
  $('#search-summary-safe').text('Showing results for ' + query); // ok: xss

  const results = document.getElementById('results');

  function renderResults(items) {
    results.innerHTML = items.map((item) => `<li><a href="/p/${encodeURIComponent(item.slug)}">${DOMPurify.sanitize(item.title)}</a></li>`).join(''); // ok: xss
  }

  function showError(message) {
    const box = document.createElement('div');
    box.className = 'alert';
    box.textContent = message; // ok: xss
    document.body.appendChild(box);
  }

  const ref = params.get('ref');
  if (ref) {
    document.querySelector('#ref-banner').outerHTML = '<div id="ref-banner">Referred by ' + ref + '</div>'; // expect: xss
  }

  const tab = window.location.hash.substring(1);
  $('.tabs').append('<li class="active">' + decodeURIComponent(tab) + '</li>'); // expect: xss

  const next = params.get('next');
  if (next) {
    window.location.href = next; // expect: open-redirect
  }

  const lang = params.get('lang');
  if (lang && /^[a-z]{2}$/.test(lang)) {
    document.documentElement.lang = lang;
  }

  fetch('/api/search?q=' + encodeURIComponent(query))
    .then((r) => r.json())
    .then(renderResults)
    .catch(() => showError('Search is unavailable'));
})();
