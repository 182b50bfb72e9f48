// corpus: path=public/js/search.js
import $ from 'jquery';

const params = new URLSearchParams(window.location.search);
const query = params.get('q') || '';
const next = params.get('next');

$('#search-title').html('Results for <em>' + query + '</em>'); // expect: xss
$('#search-title-safe').text('Results for ' + query); // ok: xss

document.getElementById('crumb').innerHTML = `<a href="/">Home</a> / ${query}`; // expect: xss
document.getElementById('count').innerHTML = `<b>${Number(params.get('page') || 1)}</b>`; // ok: xss

if (next) {
  window.location.href = next; // expect: open-redirect
}

const tab = params.get('tab');
if (tab === 'images' || tab === 'videos') {
  location.href = '/search/' + tab; // ok: open-redirect
}

function showError(message) {
  const box = document.querySelector('.error');
  box.textContent = message;
  box.hidden = false;
}

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
  document.querySelector('#widget').innerHTML = event.data.html; // ok: xss
});

window.addEventListener('message', (event) => {
  document.querySelector('#legacy-widget').insertAdjacentHTML('beforeend', event.data); // expect: xss
});

fetch('/api/suggest?q=' + encodeURIComponent(query))
  .then((r) => r.json())
  .then((items) => {
    const list = document.querySelector('#suggestions');
    list.replaceChildren(...items.map((i) => Object.assign(document.createElement('li'), { textContent: i.label })));
  })
  .catch(showError);
