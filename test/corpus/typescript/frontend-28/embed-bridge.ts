// corpus: path=web/src/embed/bridge.ts
// Runs inside the help-center widget iframe; the host page talks to it with postMessage.
import { renderMarkdown } from './markdown'

const TRUSTED_ORIGINS = new Set(['https://app.brightdesk.io', 'https://admin.brightdesk.io'])

type HostMessage =
  | { type: 'theme'; color: string }
  | { type: 'article'; html: string }
  | { type: 'open'; url: string }
  | { type: 'user'; name: string }

const panel = document.getElementById('panel') as HTMLDivElement
const greeting = document.getElementById('greeting') as HTMLSpanElement

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const msg = event.data
  switch (msg.type) {
    case 'article':
      panel.innerHTML = msg.html // expect: xss
      break
    case 'user':
      greeting.textContent = `Hi ${msg.name}` // ok: xss
      break
    case 'open':
      window.location.href = msg.url // expect: open-redirect
      break
    case 'theme':
      document.documentElement.style.setProperty('--accent', msg.color)
      break
  }
})

export function listenTrusted(onArticle: (html: string) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!TRUSTED_ORIGINS.has(event.origin)) return
    if (event.data?.type === 'article-md') {
      panel.innerHTML = renderMarkdown(String(event.data.body)) // ok: xss
      onArticle(panel.innerHTML)
    }
  })
}

export function notifyHost(height: number) {
  window.parent.postMessage({ type: 'resize', height }, 'https://app.brightdesk.io')
}
