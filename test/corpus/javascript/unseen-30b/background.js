// corpus: path=extension/background.js
const API_BASE = 'https://api.readlater.example.com'
const COMPANION_EXTENSION = 'kjhgfdsapoiuytrewqlkjhgfdsamnbvc'

async function authToken() {
  const { token } = await chrome.storage.local.get('token')
  return token
}

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'save', title: 'Save to Read Later', contexts: ['page', 'link'] })
})

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  const url = info.linkUrl || info.pageUrl
  await fetch(`${API_BASE}/items`, { // ok: ssrf
    method: 'POST',
    headers: { Authorization: `Bearer ${await authToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url, title: tab.title }),
  })
})

// Content scripts run inside arbitrary pages: what they send is as trustworthy as the page they read it from.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.type === 'fetch-preview') {
    fetch(message.url) // expect: ssrf, unhandled-promise
      .then((r) => r.text())
      .then((html) => sendResponse({ html }))
    return true
  }
  if (message.type === 'apply-rule') {
    const rule = new Function('doc', message.ruleSource) // expect: code-injection
    chrome.scripting.executeScript({ target: { tabId: sender.tab.id }, func: rule })
  }
  if (message.type === 'highlight') {
    chrome.scripting.executeScript({ // ok: code-injection
      target: { tabId: sender.tab.id },
      func: (term) => { document.body.dataset.readlaterTerm = term },
      args: [String(message.term)],
    })
  }
  return false
})

// `externally_connectable` lists the web app and the companion extension, but any extension can still send here.
chrome.runtime.onMessageExternal.addListener(async (message, sender, sendResponse) => {
  if (message.type === 'sync-settings') {
    const { settings } = await chrome.storage.sync.get('settings')
    sendResponse({ settings })
  }
  if (message.type === 'run-snippet') {
    chrome.tabs.executeScript(sender.tab.id, { code: message.snippet }) // expect: code-injection
  }
})

chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {
  if (sender.id !== COMPANION_EXTENSION) return false
  if (message.type === 'import-list') {
    fetch(`${API_BASE}/lists/import`, { // ok: ssrf
      method: 'POST',
      body: JSON.stringify(message.items),
    }).then((r) => sendResponse({ ok: r.ok }))
    return true
  }
  return false
})

chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener(async (msg) => {
    if (msg.type === 'list') {
      const r = await fetch(`${API_BASE}/items?page=${encodeURIComponent(msg.page)}`, { headers: { Authorization: `Bearer ${await authToken()}` } }) // ok: ssrf
      port.postMessage(await r.json())
    }
  })
})
