// corpus: path=src/background/service-worker.ts
const API = 'https://api.pricewatch.example.com'
const WEB_APP_ORIGIN = 'https://app.pricewatch.example.com'

type ContentMessage =
  | { type: 'price-found'; productUrl: string; price: string; currency: string }
  | { type: 'load-image'; src: string }
  | { type: 'run-extractor'; code: string }

type ExternalMessage = { type: 'set-token'; token: string } | { type: 'watch'; url: string } | { type: 'webhook'; endpoint: string; payload: unknown }

async function token(): Promise<string | undefined> {
  const stored = await chrome.storage.local.get('token')
  return stored.token as string | undefined
}

// Messages from content scripts: the page they run in chooses every field.
chrome.runtime.onMessage.addListener((message: ContentMessage, sender, sendResponse) => {
  switch (message.type) {
    case 'price-found':
      void fetch(`${API}/observations`, { // ok: ssrf
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: message.productUrl, price: message.price, currency: message.currency, tab: sender.tab?.id }),
      })
      return false
    case 'load-image':
      fetch(message.src) // expect: ssrf
        .then((r) => r.blob())
        .then((blob) => sendResponse({ size: blob.size }))
        .catch(() => sendResponse({ size: 0 }))
      return true
    case 'run-extractor':
      sendResponse({ value: eval(message.code) }) // expect: code-injection
      return false
  }
})

// Only the web app may set the token; any other page or extension that knows the id can also call in.
chrome.runtime.onMessageExternal.addListener((message: ExternalMessage, sender, sendResponse) => {
  if (sender.origin !== WEB_APP_ORIGIN) {
    sendResponse({ error: 'forbidden' })
    return false
  }
  if (message.type === 'set-token') {
    void chrome.storage.local.set({ token: message.token })
    sendResponse({ ok: true })
  }
  if (message.type === 'watch') {
    void token().then((t) =>
      fetch(`${API}/watches`, { method: 'POST', headers: { Authorization: `Bearer ${t}` }, body: JSON.stringify({ url: message.url }) }), // ok: ssrf
    )
  }
  return false
})

chrome.runtime.onMessageExternal.addListener(async (message: ExternalMessage, _sender, sendResponse) => {
  if (message.type === 'webhook') {
    const res = await fetch(message.endpoint, { method: 'POST', headers: { Authorization: `Bearer ${await token()}` }, body: JSON.stringify(message.payload) }) // expect: ssrf
    sendResponse({ status: res.status })
  }
})

chrome.alarms.create('refresh', { periodInMinutes: 60 })
chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== 'refresh') return
  const res = await fetch(`${API}/watches/due`, { headers: { Authorization: `Bearer ${await token()}` } })
  const due = (await res.json()) as Array<{ id: string; title: string }>
  if (due.length) {
    await chrome.notifications.create({ type: 'basic', iconUrl: 'icon-128.png', title: 'Price drop', message: `${due.length} items got cheaper` })
  }
})
