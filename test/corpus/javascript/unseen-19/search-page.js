// corpus: path=public/js/search-page.js
/* global $, Handlebars */
(function () {
  'use strict'

  var params = new URLSearchParams(window.location.search)
  var $results = $('#results')
  var $summary = $('#summary')
  var resultTemplate = Handlebars.compile($('#result-template').html())

  function renderResults(items) {
    $results.empty()
    items.forEach(function (item) {
      $results.append(resultTemplate(item))
    })
  }

  function showQuery(q) {
    $summary.html('Showing results for <strong>' + q + '</strong>') // expect: xss
    $('#query-echo').text(q) // ok: xss
  }

  function showTab() {
    var tab = decodeURIComponent(window.location.hash.slice(1))
    $('.tab-title').html(tab) // expect: xss
    $('.tab-title').attr('data-tab', tab)
  }

  function loadResults(q, page) {
    return $.getJSON('/api/search', { q: q, page: page }).then(function (data) {
      renderResults(data.items)
      $('#pager').html('<span>Page ' + Number(data.page) + ' of ' + Number(data.pages) + '</span>') // ok: xss
    })
  }

  function showError(xhr) {
    var message = (xhr.responseJSON && xhr.responseJSON.error) || 'Something went wrong'
    document.getElementById('error').textContent = message
  }

  $(function () {
    var q = params.get('q') || ''
    var page = parseInt(params.get('page') || '1', 10)
    showQuery(q)
    showTab()
    $(window).on('hashchange', showTab)
    loadResults(q, page).fail(showError)

    var banner = params.get('banner')
    if (banner) {
      document.getElementById('banner').innerHTML = banner // expect: xss
    }

    var back = params.get('back')
    if (back) {
      $('#back-link').on('click', function () {
        window.location.href = back // expect: open-redirect
      })
    }

    $('#clear').on('click', function () {
      window.location.href = '/search' // ok: open-redirect
    })
  })
})()
