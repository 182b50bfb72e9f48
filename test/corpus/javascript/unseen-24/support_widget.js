// corpus: path=public/js/support-widget.js
(function () {
  const params = new URLSearchParams(window.location.search)
  const panel = document.getElementById('support-panel')
  const banner = document.querySelector('.support-banner')
  const API = '/api/support'

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  }

  function showWelcome() {
    const name = params.get('name')
    if (name) {
      banner.innerHTML = '<strong>Welcome back, ' + name + '</strong>' // expect: xss
    }
  }

  function showTopic() {
    const topic = params.get('topic') || 'general'
    document.getElementById('topic').textContent = topic // ok: xss
    panel.insertAdjacentHTML('beforeend', `<p class="hint">Topic: ${escapeHtml(topic)}</p>`) // ok: xss
  }

  async function loadThread(id) {
    const res = await fetch(`${API}/threads/${encodeURIComponent(id)}`)
    const thread = await res.json()
    const list = document.createElement('ul')
    for (const msg of thread.messages) {
      const li = document.createElement('li')
      li.textContent = `${msg.author}: ${msg.body}`
      list.appendChild(li)
    }
    panel.replaceChildren(list)
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'support:open') {
      panel.innerHTML = event.data.html // expect: xss
    }
  })

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://help.example.com') return
    if (event.data && event.data.type === 'support:thread') {
      loadThread(event.data.threadId)
    }
  })

  const back = params.get('back')
  document.getElementById('back-link').href = back // expect: xss
  document.getElementById('home-link').href = '/' + encodeURIComponent(params.get('lang') || 'en') // ok: xss

  const redirectTo = params.get('redirect')
  if (redirectTo && redirectTo.startsWith('/') && !redirectTo.startsWith('//')) {
    window.location.assign(redirectTo) // ok: open-redirect
  }
  if (params.get('continue')) {
    window.location.href = params.get('continue') // expect: open-redirect
  }

  showWelcome()
  showTopic()
  if (params.get('thread')) loadThread(params.get('thread'))
})()
