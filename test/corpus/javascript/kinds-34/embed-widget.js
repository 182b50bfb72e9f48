// corpus: path=public/js/comments-widget.js
(function () {
  'use strict';

  var root = document.getElementById('comments-root');
  var list = root.querySelector('.comments');
  var status = root.querySelector('.status');
  var HOST_ORIGIN = root.dataset.hostOrigin;

  function renderComment(c) {
    var li = document.createElement('li');
    var who = document.createElement('strong');
    who.textContent = c.author;
    var text = document.createElement('p');
    text.textContent = c.body;
    li.appendChild(who);
    li.appendChild(text);
    return li;
  }

  function load() {
    fetch('/api/comments?page=' + encodeURIComponent(location.pathname))
      .then(function (r) { return r.json(); })
      .then(function (rows) {
        rows.forEach(function (c) { list.appendChild(renderComment(c)); }); // ok: xss
      });
  }

  // The host page tells the widget who is signed in and can show a banner above the thread.
  window.addEventListener('message', function (event) {
    var msg = event.data || {};
    if (msg.type === 'banner') {
      status.insertAdjacentHTML('afterbegin', '<div class="banner">' + msg.html + '</div>'); // expect: xss
    }
    if (msg.type === 'user' && event.origin === HOST_ORIGIN) {
      status.textContent = 'Signed in as ' + msg.name; // ok: xss
    }
  });

  var params = new URLSearchParams(location.search);
  if (params.has('highlight')) {
    var target = params.get('highlight');
    root.querySelector('.highlight-note').outerHTML = '<p class="note">Showing comment ' + target + '</p>'; // expect: xss
  }

  load();
})();
