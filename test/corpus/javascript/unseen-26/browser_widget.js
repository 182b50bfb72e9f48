// corpus: path=public/js/widget.js
/* global $, DOMPurify */
(function () {
  const PARENT_ORIGIN = 'https://app.example.com'
  const params = new URLSearchParams(window.location.search)
  const panel = document.getElementById('widget-panel')

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'announcement') {
      panel.innerHTML = event.data.html // expect: xss
    }
  })

  window.addEventListener('message', (event) => {
    if (event.origin !== PARENT_ORIGIN) return
    if (event.data && event.data.type === 'title') {
      document.getElementById('widget-title').textContent = event.data.text // ok: xss
    }
  })

  function renderGreeting() {
    const name = params.get('name') || 'there'
    $('#greeting').html('Hello, <b>' + name + '</b>!') // expect: xss
    $('#greeting-plain').text('Hello, ' + name + '!') // ok: xss
  }

  function renderHelp(markdownHtml) {
    document.getElementById('help').innerHTML = DOMPurify.sanitize(markdownHtml) // ok: xss
  }

  function renderFromHash() {
    const section = decodeURIComponent(window.location.hash.slice(1))
    document.getElementById('section-title').insertAdjacentHTML('beforeend', `<span>${section}</span>`) // expect: xss
  }

  function continueFlow() {
    const next = params.get('next')
    if (next) window.location.href = next // expect: open-redirect
  }

  function continueFlowSafe() {
    const next = params.get('next') || '/'
    const url = new URL(next, window.location.origin)
    if (url.origin === window.location.origin) window.location.assign(url.pathname + url.search) // ok: open-redirect
  }

  function applyConfig() {
    const raw = params.get('config')
    if (!raw) return {}
    return JSON.parse(raw) // ok: code-injection
  }

  function runFormula(cell) {
    const formula = params.get('formula')
    return new Function('cell', 'return ' + formula)(cell) // expect: code-injection
  }

  function notifyParent(height) {
    window.parent.postMessage({ type: 'resize', height }, PARENT_ORIGIN)
  }

  document.addEventListener('DOMContentLoaded', () => {
    renderGreeting()
    renderFromHash()
    const config = applyConfig()
    if (config.helpHtml) renderHelp(config.helpHtml)
    if (config.formulaCell) runFormula(config.formulaCell)
    document.getElementById('continue').addEventListener('click', config.strict ? continueFlowSafe : continueFlow)
    notifyParent(document.body.scrollHeight)
  })
})()
