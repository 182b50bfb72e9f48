// corpus: path=src/client/embed-widget.js
// Runs inside customer pages: renders the Fieldbook help widget and talks to the host page
// through postMessage.

import DOMPurify from 'dompurify'

const WIDGET_ORIGIN = 'https://widget.fieldbook.io'
const panel = document.getElementById('fb-panel')
const preview = document.getElementById('fb-preview')

function renderArticle(article) {
  const range = document.createRange()
  range.selectNodeContents(panel)
  // Articles come from our own help-centre API, written by our support staff in the CMS.
  panel.replaceChildren(range.createContextualFragment(DOMPurify.sanitize(article.html))) // ok: xss
}

// The host page can pre-fill a greeting. Any page can embed the widget, and this listener
// takes messages from any window.
window.addEventListener('message', (event) => {
  const { type, payload } = event.data || {}
  if (type === 'fieldbook:greeting') {
    const range = document.createRange()
    range.selectNodeContents(panel)
    panel.replaceChildren(range.createContextualFragment(`<p class="greeting">${payload.text}</p>`)) // expect: xss
  }
})

// The search box keeps its query in the fragment so the back button works.
function showQuery() {
  const params = new URLSearchParams(window.location.hash.slice(1))
  const q = params.get('q') || ''
  preview.srcdoc = `<!doctype html><p>Results for <b>${q}</b></p>` // expect: xss
}

function showQuerySafe() {
  const params = new URLSearchParams(window.location.hash.slice(1))
  const heading = document.createElement('p')
  heading.textContent = `Results for ${params.get('q') || ''}` // ok: xss
  preview.replaceChildren(heading)
}

window.addEventListener('hashchange', showQuery)

// Messages from our own widget origin carry a rendered answer from the assistant API, already
// sanitised there; anything else is ignored.
window.addEventListener('message', (event) => {
  if (event.origin !== WIDGET_ORIGIN) return
  if (event.data && event.data.type === 'fieldbook:article') renderArticle(event.data.article)
})

fetch(`${WIDGET_ORIGIN}/api/articles/popular`)
  .then((r) => r.json())
  .then((articles) => {
    const list = document.getElementById('fb-popular')
    list.replaceChildren(...articles.map((a) => Object.assign(document.createElement('li'), { textContent: a.title })))
  })
  .catch(() => {})

export { showQuery, showQuerySafe }
