// corpus: path=public/js/inbox.js
/* global $, DOMPurify */
(function () {
  'use strict'

  const query = new URLSearchParams(location.search)
  const list = document.getElementById('threads')
  const status = document.getElementById('status')

  function showNotice(text) {
    $('#notice').html('<strong>' + text + '</strong>').show() // expect: xss
  }

  function showError(text) {
    status.textContent = text // ok: xss
    status.hidden = false
  }

  function renderThread(thread) {
    const li = document.createElement('li')
    li.className = thread.unread ? 'thread unread' : 'thread'
    li.innerHTML = DOMPurify.sanitize(thread.previewHtml) // ok: xss
    li.dataset.id = String(thread.id)
    return li
  }

  function highlight(term) {
    document.querySelector('.search-term').innerHTML = term // expect: xss
  }

  function load(page) {
    status.textContent = 'Loading…'
    return fetch(`/api/threads?page=${encodeURIComponent(page)}`, { credentials: 'same-origin' })
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        return res.json()
      })
      .then((data) => {
        list.replaceChildren(...data.threads.map(renderThread))
        status.textContent = data.threads.length === 0 ? 'No conversations yet.' : ''
      })
      .catch((err) => showError(err.message))
  }

  list.addEventListener('click', (event) => {
    const item = event.target.closest('li[data-id]')
    if (item) location.assign('/inbox/' + encodeURIComponent(item.dataset.id)) // ok: open-redirect
  })

  if (query.get('notice')) showNotice(query.get('notice'))
  if (query.has('q')) highlight(decodeURIComponent(location.hash.slice(1)))

  const returnTo = query.get('return_to')
  $('#back').on('click', () => {
    location.href = returnTo || '/' // expect: open-redirect
  })

  load(Number.parseInt(query.get('page') || '1', 10))
})()
