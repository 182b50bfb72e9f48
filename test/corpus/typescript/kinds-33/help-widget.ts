// corpus: path=src/widget/help-widget.ts
import $ from 'jquery'
import DOMPurify from 'dompurify'
import { LitElement, html } from 'lit'
import { customElement, state } from 'lit/decorators.js'
import { unsafeHTML } from 'lit/directives/unsafe-html.js'

// The widget is embedded on customers' pages. Its query string, its hash and any message posted
// to the window come from whoever built the link or the page around it, not from our API.
const params = new URLSearchParams(window.location.search)
const API = 'https://help.acme.example/api'

interface Article {
  id: string
  title: string
  excerpt: string
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export function showFlash(container: HTMLElement) {
  const flash = params.get('flash')
  if (!flash) return
  const fragment = document.createRange().createContextualFragment(`<div class="acme-toast">${flash}</div>`) // expect: xss
  container.append(fragment)
}

export function showFlashSafely(container: HTMLElement) {
  const flash = params.get('flash')
  if (!flash) return
  const toast = document.createElement('div')
  toast.className = 'acme-toast'
  toast.textContent = flash // ok: xss
  container.append(toast)
}

export async function renderSearch() {
  const term = decodeURIComponent(window.location.hash.slice(1))
  const res = await fetch(`${API}/search?q=${encodeURIComponent(term)}`)
  const articles: Article[] = await res.json()
  $('#acme-search-heading').html(`Results for <strong>${term}</strong>`) // expect: xss
  $('#acme-search-count').text(`${articles.length} articles`) // ok: xss
  const items = articles.map((a) => `<li data-id="${escapeHtml(a.id)}">${escapeHtml(a.title)}</li>`)
  $('#acme-results').empty().append(items.join('')) // ok: xss
}

export function renderSuggestions(list: HTMLUListElement) {
  const words = (params.get('suggest') ?? '').split(',').filter(Boolean)
  list.setHTMLUnsafe(words.map((w) => `<li class="acme-suggestion">${w}</li>`).join('')) // expect: xss
}

// Pages that host the widget can push a preview of an article draft into it. There is no origin
// check, so any frame or opener on the page can post a draft.
export function listenForPreviews(frame: HTMLIFrameElement) {
  window.addEventListener('message', (event: MessageEvent<{ type: string; html: string }>) => {
    if (event.data?.type !== 'acme:preview') return
    frame.srcdoc = `<!doctype html><html><body class="acme-article">${event.data.html}</body></html>` // expect: xss
  })
}

export function listenForPreviewsSafely(frame: HTMLIFrameElement) {
  window.addEventListener('message', (event: MessageEvent<{ type: string; html: string }>) => {
    if (event.origin !== 'https://help.acme.example' || event.data?.type !== 'acme:preview') return
    const clean = DOMPurify.sanitize(event.data.html)
    frame.srcdoc = `<!doctype html><html><body class="acme-article">${clean}</body></html>` // ok: xss
  })
}

@customElement('acme-greeting')
export class AcmeGreeting extends LitElement {
  @state() private greeting = params.get('greeting') ?? 'How can we help?'

  render() {
    return html`<p class="acme-greeting">${unsafeHTML(this.greeting)}</p>` // expect: xss
  }
}

@customElement('acme-title')
export class AcmeTitle extends LitElement {
  @state() private title = params.get('title') ?? 'Help'

  render() {
    return html`<h2 class="acme-title">${this.title}</h2>` // ok: xss
  }
}

export async function startVisitorSession() {
  const res = await fetch(`${API}/visitor-sessions`, { method: 'POST', credentials: 'omit' })
  const { token, expiresIn } = (await res.json()) as { token: string; expiresIn: number }
  // The visitor's bearer token, kept where every script on the customer's page can read it and
  // sent on plain http requests to the page's origin too.
  document.cookie = `acme_visitor_token=${token}; path=/; max-age=${expiresIn}` // expect: insecure-cookie
  document.cookie = `acme_widget_open=1; path=/; max-age=${60 * 60 * 24}; SameSite=Lax` // ok: insecure-cookie
  return token
}
