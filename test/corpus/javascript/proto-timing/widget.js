// corpus: path=public/js/embed-widget.js
/* global $ */
(function () {
  'use strict';

  var DEFAULTS = {
    theme: { color: '#1f6feb', radius: 6 },
    position: 'bottom-right',
    greeting: 'Hi! How can we help?',
    features: { attachments: true, emoji: true },
  };

  // Support shares preview links that carry a customer's settings, e.g. ?cw_preview={"theme":{"color":"#333"}}
  function previewOptions() {
    var query = new URLSearchParams(location.search).get('cw_preview');
    if (!query) return {};
    try {
      return JSON.parse(query);
    } catch (e) {
      return {};
    }
  }

  function optionsFromHash() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var kv = pair.split('=');
      if (kv[0]) params[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
    });
    return params;
  }

  function render(settings) {
    var $root = $('<div class="cw-root"></div>').addClass('cw-' + settings.position);
    $root.css({ '--cw-color': settings.theme.color, '--cw-radius': settings.theme.radius + 'px' });
    $('<p class="cw-greeting"></p>').text(settings.greeting).appendTo($root);
    $root.appendTo(document.body);
  }

  $(function () {
    var settings = $.extend(true, DEFAULTS, previewOptions()); // expect: prototype-pollution
    var flags = $.extend({}, settings.features, optionsFromHash()); // ok: prototype-pollution
    var theme = $.extend(true, {}, DEFAULTS.theme, { color: '#0b5' }); // ok: prototype-pollution
    if (flags.compact === 'true') settings.theme = theme;
    render(settings);
  });
})();
