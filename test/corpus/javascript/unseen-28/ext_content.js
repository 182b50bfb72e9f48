// corpus: path=extension/content.js
const PANEL_ID = 'clipper-panel'

function ensurePanel() {
  let panel = document.getElementById(PANEL_ID)
  if (!panel) {
    panel = document.createElement('aside')
    panel.id = PANEL_ID
    document.body.appendChild(panel)
  }
  return panel
}

window.addEventListener('message', (event) => {
  if (!event.data || event.data.source !== 'clipper') return
  if (event.data.type === 'clipped') {
    const panel = ensurePanel()
    const item = document.createElement('p')
    item.textContent = event.data.text // ok: xss
    panel.appendChild(item)
    chrome.runtime.sendMessage({ type: 'save-clip', text: event.data.text })
  }
  if (event.data.type === 'notice') {
    ensurePanel().insertAdjacentHTML('afterbegin', `<div class="notice">${event.data.html}</div>`) // expect: xss
  }
})

chrome.runtime.onMessage.addListener((message) => {
  if (message.type === 'show-summary') {
    const panel = ensurePanel()
    panel.innerHTML = DOMPurify.sanitize(message.summaryHtml) // ok: xss
  }
})

function renderSelectionPreview() {
  const selection = window.getSelection().toString()
  const preview = document.createElement('div')
  preview.innerHTML = `<blockquote>${selection}</blockquote>` // expect: xss
  ensurePanel().appendChild(preview)
}

document.addEventListener('keydown', (e) => {
  if (e.altKey && e.key === 'c') renderSelectionPreview()
})

const link = document.querySelector('link[rel="canonical"]')
if (link) {
  const a = document.createElement('a')
  a.href = new URL(link.getAttribute('href'), location.href).href
  a.textContent = 'canonical'
  ensurePanel().appendChild(a)
}
