// corpus: path=public/js/admin-widgets.js
/* global $, DOMPurify */
(function () {
  'use strict'

  var params = new URLSearchParams(window.location.search)

  function renderBanner() {
    var message = params.get('message')
    if (message) {
      $('#banner').html('<strong>' + message + '</strong>').show() // expect: xss
    }
    var notice = params.get('notice')
    if (notice) {
      $('#notice').text(notice).show() // ok: xss
    }
  }

  function renderUsers(users) {
    var $list = $('#user-list').empty()
    users.forEach(function (u) {
      var $row = $('<li class="user"></li>')
      $row.append($('<span class="name"></span>').text(u.displayName)) // ok: xss
      $row.append('<span class="bio">' + u.bio + '</span>') // expect: xss
      $list.append($row)
    })
  }

  function renderPreview() {
    var el = document.getElementById('preview')
    el.innerHTML = DOMPurify.sanitize($('#editor').val()) // ok: xss
    document.getElementById('raw-preview').innerHTML = $('#editor').val() // expect: xss
  }

  function goBack() {
    var returnTo = params.get('returnTo')
    window.location.href = returnTo // expect: open-redirect
  }

  function goToTab() {
    var tab = params.get('tab')
    var tabs = { users: '/admin/users', billing: '/admin/billing' }
    window.location.href = tabs[tab] || '/admin' // ok: open-redirect
  }

  function loadUsers() {
    $.getJSON('/api/admin/users', { page: params.get('page') || 1 }).done(renderUsers)
  }

  function showError(xhr) {
    var text = xhr.responseJSON && xhr.responseJSON.error
    $('#error').html($('<div>').text(text).html()) // ok: xss
  }

  function showHashTitle() {
    var title = decodeURIComponent(window.location.hash.slice(1))
    document.title = title
    document.write('<h1>' + title + '</h1>') // expect: xss
  }

  $(function () {
    renderBanner()
    renderPreview()
    loadUsers()
    showHashTitle()
    $('#back').on('click', goBack)
    $('#tab-nav').on('click', goToTab)
    $(document).ajaxError(function (e, xhr) { showError(xhr) })
  })
})()
