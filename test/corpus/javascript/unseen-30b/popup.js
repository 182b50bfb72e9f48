// corpus: path=extension/popup.js
const list = document.getElementById('items')
const status = document.getElementById('status')

function renderItem(item) {
  const li = document.createElement('li')
  const a = document.createElement('a')
  a.href = item.url.startsWith('https://') ? item.url : '#'
  a.textContent = item.title // ok: xss
  li.appendChild(a)
  return li
}

async function load() {
  const port = chrome.runtime.connect({ name: 'popup' })
  port.onMessage.addListener((items) => {
    list.replaceChildren(...items.map(renderItem))
  })
  port.postMessage({ type: 'list', page: 1 })
}

// The content script forwards what it found on the page being read.
chrome.runtime.onMessage.addListener((message) => {
  if (message.type === 'page-summary') {
    status.innerHTML = `<strong>${message.title}</strong> — ${message.excerpt}` // expect: xss
  }
  if (message.type === 'page-error') {
    status.textContent = message.error // ok: xss
  }
  if (message.type === 'page-card') {
    const card = document.createElement('div')
    card.insertAdjacentHTML('beforeend', message.cardHtml) // expect: xss
    list.prepend(card)
  }
})

document.getElementById('refresh').addEventListener('click', load)
load()
