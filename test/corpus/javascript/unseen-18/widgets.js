// corpus: path=public/js/widgets.js
/* global $ */
$(function () {
  const $list = $('#results')
  const $status = $('#status')

  function escapeHtml(value) {
    return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
  }

  function showResults(items) {
    $list.empty()
    for (const item of items) {
      $list.append('<li><a href="/items/' + encodeURIComponent(item.id) + '">' + escapeHtml(item.name) + '</a></li>') // ok: xss
    }
  }

  $('#search').on('submit', function (event) {
    event.preventDefault()
    const term = $(this).find('input[name=q]').val()
    $status.html('Searching for <b>' + term + '</b>…') // expect: xss
    $.getJSON('/api/items', { q: term }).done(showResults).fail(function () {
      $status.text('Search failed, try again')
    })
  })

  const hash = decodeURIComponent(window.location.hash.slice(1))
  if (hash) {
    $('#tab-title').html(hash) // expect: xss
  }

  $('#copy').on('click', function () {
    navigator.clipboard.writeText($('#share-link').val())
    $status.text('Copied')
  })
})
