// corpus: path=extension/background.js
const API = 'https://api.clipper.example.com'
const TRUSTED_ORIGINS = ['https://app.clipper.example.com']

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'clip', title: 'Clip selection', contexts: ['selection'] })
})

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== 'clip') return
  await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: (text) => window.postMessage({ source: 'clipper', type: 'clipped', text }, window.location.origin), // ok: xss
    args: [info.selectionText],
  })
})

chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {
  if (message.type === 'run-snippet') {
    chrome.tabs.executeScript(sender.tab.id, { code: message.code }) // expect: code-injection
    sendResponse({ ok: true })
  }
})

chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {
  if (!TRUSTED_ORIGINS.includes(sender.origin)) return
  if (message.type === 'highlight') {
    chrome.scripting.executeScript({
      target: { tabId: sender.tab.id },
      func: (term) => document.body.dataset.clipperTerm = term, // ok: code-injection
      args: [String(message.term)],
    })
    sendResponse({ ok: true })
  }
})

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.type === 'save-clip') {
    chrome.storage.local.get('token').then(({ token }) =>
      fetch(`${API}/clips`, { // ok: ssrf
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: sender.tab.url, text: message.text }),
      }).then((r) => sendResponse({ ok: r.ok })),
    )
    return true
  }
  if (message.type === 'evaluate') {
    sendResponse({ value: eval(message.expression) }) // expect: code-injection
  }
  return false
})
