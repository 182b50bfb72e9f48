// corpus: path=public/js/widgets.js
/* global $ */
document.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(location.search);

  const title = params.get('title');
  if (title) document.querySelector('h1').innerHTML = title; // expect: xss

  const color = params.get('color');
  if (color && /^#[0-9a-f]{6}$/i.test(color)) document.body.style.background = color;

  window.addEventListener('message', (event) => {
    $('#embed').html(event.data.markup); // expect: xss
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://widgets.example.com') return;
    $('#embed-trusted').text(event.data.text); // ok: xss
  });

  const redirectTo = params.get('redirect');
  if (redirectTo && redirectTo.startsWith('/') && !redirectTo.startsWith('//')) {
    location.href = redirectTo; // ok: open-redirect
  }

  const script = params.get('callback');
  if (script) setTimeout(script, 0); // expect: code-injection
});
