// corpus: path=public/js/search-page.js
import { debounce } from './util.js';

const form = document.querySelector('#search-form');
const input = document.querySelector('#q');
const heading = document.querySelector('#results-heading');
const list = document.querySelector('#results');

function renderHeading() {
  const params = new URLSearchParams(window.location.search);
  const q = params.get('q') || '';
  heading.innerHTML = '<h2>Results for <em>' + q + '</em></h2>'; // expect: xss
}

function renderHeadingSafe() {
  const q = new URLSearchParams(window.location.search).get('q') || '';
  heading.textContent = `Results for ${q}`; // ok: xss
}

function renderResults(items) {
  list.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/articles/${encodeURIComponent(item.slug)}`;
    a.textContent = item.title;
    li.appendChild(a);
    list.appendChild(li);
  }
}

function showNotice() {
  const notice = decodeURIComponent(window.location.hash.slice(1));
  if (notice) {
    document.getElementById('notice').insertAdjacentHTML('beforeend', `<div class="notice">${notice}</div>`); // expect: xss
  }
}

async function search(q) {
  const res = await fetch(`/api/search?q=${encodeURIComponent(q)}`);
  if (!res.ok) return;
  const data = await res.json();
  renderResults(data.items);
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
}

input.addEventListener('input', debounce(() => search(input.value.trim()), 250));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  search(input.value.trim());
});

renderHeading();
renderHeadingSafe();
showNotice();
