// corpus: path=public/js/inbox.js
/* global $ */
const params = new URLSearchParams(window.location.search)

export function showSubject(message) {
  const row = document.createElement('tr')
  const cell = document.createElement('td')
  cell.innerText = message.subject // ok: xss
  cell.setAttribute('title', message.subject) // ok: xss
  cell.appendChild(document.createTextNode(' from ' + message.from)) // ok: xss
  row.appendChild(cell)
  document.querySelector('#inbox').appendChild(row)
}

export function showFilter() {
  $('#filter-label').text(params.get('filter') || 'all') // ok: xss
  $('#filter-input').val(params.get('filter') || '') // ok: xss
}

export function openMessage(id) {
  window.location.assign('/inbox/' + encodeURIComponent(id)) // ok: open-redirect
}

export function goBack() {
  const back = params.get('back')
  window.location.href = back && /^\/[\w/-]*$/.test(back) ? back : '/inbox' // ok: open-redirect
}

export function notifyOpener(count) {
  if (window.opener) window.opener.postMessage({ type: 'unread', count }, window.location.origin)
}

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return
  if (event.data && event.data.type === 'unread') document.title = `Inbox (${Number(event.data.count)})` // ok: xss
})
