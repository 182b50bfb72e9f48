// corpus: path=public/js/widget-loader.js
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);

  function loadWidget() {
    var callback = params.get('callback');
    var config = JSON.parse(document.getElementById('widget-config').textContent); // ok: code-injection
    if (callback) {
      window.eval(callback + '(' + JSON.stringify(config) + ')'); // expect: code-injection
    }
  }

  function runHashCommand() {
    var cmd = decodeURIComponent(window.location.hash.slice(1));
    if (cmd) {
      setTimeout(cmd, 0); // expect: code-injection
    }
  }

  function applyTheme() {
    var theme = params.get('theme') || 'light';
    var handlers = { light: setLight, dark: setDark };
    (handlers[theme] || setLight)(); // ok: code-injection
  }

  function setLight() {
    document.documentElement.dataset.theme = 'light';
  }

  function setDark() {
    document.documentElement.dataset.theme = 'dark';
  }

  document.addEventListener('DOMContentLoaded', function () {
    loadWidget();
    runHashCommand();
    applyTheme();
  });
})();
