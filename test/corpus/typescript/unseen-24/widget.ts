// corpus: path=src/client/widget.ts
import DOMPurify from 'dompurify'

type WidgetConfig = { title: string; theme: 'light' | 'dark'; apiBase: string }

const params = new URLSearchParams(window.location.search)
const root = document.getElementById('widget-root')!

function renderHeader(config: WidgetConfig) {
  const header = document.createElement('header')
  header.className = `widget-header theme-${config.theme}`
  const title = document.createElement('h2')
  title.textContent = config.title
  header.append(title)
  root.prepend(header)
}

function renderGreeting() {
  const name = params.get('name') ?? 'there'
  const greeting = document.querySelector<HTMLElement>('#greeting')!
  greeting.innerHTML = `Hello, <b>${name}</b>!` // expect: xss
  const subtitle = document.querySelector<HTMLElement>('#subtitle')!
  subtitle.textContent = `Signed in as ${name}` // ok: xss
}

function renderAnnouncement(html: string) {
  const box = document.querySelector<HTMLElement>('#announcement')!
  box.innerHTML = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } }) // ok: xss
}

function continueAfterLogin() {
  const next = params.get('next')
  if (next) {
    window.location.assign(next) // expect: open-redirect
  }
}

function continueToSection() {
  const section = params.get('section')
  if (section && /^[a-z-]{1,40}$/.test(section)) {
    window.location.assign(`/help/${section}`) // ok: open-redirect
  }
}

function goBack() {
  const back = params.get('back')
  const target = back ? new URL(back, window.location.origin) : null
  if (target && target.origin === window.location.origin) {
    window.location.href = target.pathname + target.search // ok: open-redirect
  }
}

function listenForParent(config: WidgetConfig) {
  window.addEventListener('message', (event: MessageEvent<{ type: string; html?: string; title?: string }>) => {
    if (event.data?.type === 'banner' && event.data.html) {
      document.querySelector<HTMLElement>('#banner')!.innerHTML = event.data.html // expect: xss
    }
  })
  window.addEventListener('message', (event: MessageEvent<{ type: string; title?: string }>) => {
    if (event.origin !== new URL(config.apiBase).origin) return
    if (event.data?.type === 'title' && event.data.title) {
      document.title = event.data.title // ok: xss
    }
  })
}

function csrfToken(): string {
  const existing = sessionStorage.getItem('csrf')
  if (existing) return existing
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
  sessionStorage.setItem('csrf', token)
  return token
}

function retryDelay(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250) // ok: insecure-random
}

async function loadConfig(): Promise<WidgetConfig> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch('/widget/config', { headers: { 'x-csrf-token': csrfToken() } })
      if (res.ok) return (await res.json()) as WidgetConfig
    } catch {
      // network hiccup; retry below
    }
    if (attempt >= 4) throw new Error('could not load widget config')
    await new Promise((r) => setTimeout(r, retryDelay(attempt)))
  }
}

async function main() {
  const config = await loadConfig()
  renderHeader(config)
  renderGreeting()
  const res = await fetch(`${config.apiBase}/announcements/latest`)
  if (res.ok) renderAnnouncement(await res.text())
  listenForParent(config)
  document.querySelector('#continue')?.addEventListener('click', continueAfterLogin)
  document.querySelector('#help')?.addEventListener('click', continueToSection)
  document.querySelector('#back')?.addEventListener('click', goBack)
}

void main()
