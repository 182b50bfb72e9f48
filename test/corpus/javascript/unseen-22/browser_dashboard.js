// corpus: path=public/js/dashboard.js
/* global $, DOMPurify */
(function () {
  'use strict'

  var TRUSTED_ORIGINS = ['https://app.example.com', 'https://billing.example.com']
  var params = new URLSearchParams(window.location.search)

  function renderGreeting() {
    var name = params.get('name') || 'there'
    $('#greeting').text('Welcome back, ' + name) // ok: xss
  }

  function renderFlash() {
    var flash = decodeURIComponent(window.location.hash.slice(1))
    if (flash) $('#flash').html('<div class="alert">' + flash + '</div>') // expect: xss
  }

  function renderSearchEcho() {
    var q = params.get('q')
    if (!q) return
    document.getElementById('search-echo').innerHTML = 'Results for <b>' + q + '</b>' // expect: xss
  }

  function renderTabs(tabs) {
    var list = document.getElementById('tabs')
    tabs.forEach(function (tab) {
      var li = document.createElement('li')
      li.textContent = tab.label
      li.dataset.key = tab.key
      list.appendChild(li)
    })
  }

  function renderAnnouncement(html) {
    document.querySelector('.announcement').innerHTML = DOMPurify.sanitize(html) // ok: xss
  }

  window.addEventListener('message', function (event) {
    if (TRUSTED_ORIGINS.indexOf(event.origin) === -1) return
    var data = event.data || {}
    if (data.type === 'title') document.title = String(data.value)
    if (data.type === 'announcement') renderAnnouncement(data.html)
    if (data.type === 'badge') document.getElementById('badge').textContent = data.count // ok: xss
  })

  window.addEventListener('message', function (e) {
    if (e.data && e.data.kind === 'preview') {
      document.getElementById('preview').innerHTML = e.data.markup // expect: xss
    }
  })

  function continueAfterLogin() {
    var next = params.get('next')
    if (next) window.location.href = next // expect: open-redirect
  }

  function continueToSection() {
    var section = params.get('section')
    var known = { billing: '/settings/billing', team: '/settings/team', profile: '/settings/profile' }
    window.location.assign(known[section] || '/settings') // ok: open-redirect
  }

  function loadWidget() {
    var src = params.get('widget')
    var script = document.createElement('script')
    script.src = src // expect: xss
    document.body.appendChild(script)
  }

  $(function () {
    renderGreeting()
    renderFlash()
    renderSearchEcho()
    $.getJSON('/api/tabs').done(renderTabs)
    $('#continue').on('click', continueAfterLogin)
    $('#section').on('change', continueToSection)
    if (params.has('widget')) loadWidget()
  })
})()
