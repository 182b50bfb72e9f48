// corpus: path=public/js/widget.js
/* global $ */
(function () {
  const params = new URLSearchParams(window.location.search)

  function renderMessage(msg) {
    $('#message').html(msg) // expect: xss
  }

  function renderCount(n) {
    $('#count').text(String(n)) // ok: xss
  }

  function openHelp() {
    const topic = params.get('topic') || 'start'
    window.open('/help/' + encodeURIComponent(topic), '_blank', 'noopener') // ok: open-redirect
  }

  function goNext() {
    const next = params.get('next')
    if (next) window.location.href = next // expect: open-redirect
  }

  function showBanner() {
    const el = document.querySelector('.banner')
    el.insertAdjacentHTML('beforeend', '<span>' + params.get('promo') + '</span>') // expect: xss
  }

  $.getJSON('/api/widget/state', function (state) {
    renderCount(state.count)
    if (params.has('msg')) renderMessage(params.get('msg'))
    showBanner()
  })

  $('#help').on('click', openHelp)
  $('#continue').on('click', goNext)
})()
