// corpus: path=public/js/widget.js
/* global $ */
(function () {
  var params = new URLSearchParams(window.location.search);
  var campaign = params.get('utm_campaign') || '';
  var greeting = params.get('greeting');

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  $(function () {
    $('#campaign-banner').html('<strong>' + campaign + '</strong>'); // expect: xss
    $('#campaign-label').text(campaign); // ok: xss
    if (greeting) {
      $('.welcome').append('<p class="greet">' + greeting + '</p>'); // expect: xss
      $('.welcome-safe').append('<p class="greet">' + escapeHtml(greeting) + '</p>'); // ok: xss
    }
    var section = decodeURIComponent(window.location.hash.slice(1));
    $('#section-title').html(section); // expect: xss
  });

  var ref = document.referrer;
  document.write('<img src="https://px.example-analytics.com/p.gif?ref=' + ref + '">'); // expect: xss
  document.write('<img src="https://px.example-analytics.com/p.gif?ref=' + encodeURIComponent(ref) + '">'); // ok: xss

  window.addEventListener('message', function (event) {
    var box = document.getElementById('chat-box');
    box.innerHTML += '<div class="msg">' + event.data.text + '</div>'; // expect: xss
  });

  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://chat.example.com') return;
    var line = document.createElement('div');
    line.textContent = event.data.text; // ok: xss
    document.getElementById('chat-box').appendChild(line);
  });

  var next = params.get('next');
  if (next) {
    window.location.href = next; // expect: open-redirect
  }
})();
