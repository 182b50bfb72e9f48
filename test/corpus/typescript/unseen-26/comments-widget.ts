// corpus: path=src/widgets/comments-widget.ts
import DOMPurify from 'dompurify'
import { marked } from 'marked'

interface Comment {
  id: string
  author: string
  avatarUrl: string
  bodyMarkdown: string
  createdAt: string
}

const API_BASE = (document.currentScript as HTMLScriptElement | null)?.dataset.api ?? '/api'
const TRUSTED_PARENT = 'https://app.example.com'

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  return node
}

function renderComment(comment: Comment): HTMLElement {
  const item = el('li', 'comment')
  const header = el('header')
  const avatar = el('img', 'avatar')
  avatar.src = comment.avatarUrl.startsWith('https://') ? comment.avatarUrl : '/img/default-avatar.png'
  avatar.alt = ''
  const name = el('strong')
  name.textContent = comment.author // ok: xss
  header.append(avatar, name)
  const body = el('div', 'body')
  body.innerHTML = DOMPurify.sanitize(marked.parse(comment.bodyMarkdown) as string) // ok: xss
  item.append(header, body)
  return item
}

export async function mountComments(root: HTMLElement, threadId: string) {
  const res = await fetch(`${API_BASE}/threads/${encodeURIComponent(threadId)}/comments`, { credentials: 'include' })
  const comments: Comment[] = await res.json()
  const list = el('ul', 'comments')
  list.append(...comments.map(renderComment))
  root.replaceChildren(list)

  const params = new URLSearchParams(location.search)
  const highlight = params.get('highlight')
  if (highlight) {
    const banner = el('div', 'banner')
    banner.innerHTML = `Showing replies matching <mark>${highlight}</mark>` // expect: xss
    root.prepend(banner)
  }
  const sort = params.get('sort') ?? 'newest'
  root.querySelector('.sort-label')!.textContent = `Sorted by ${sort}` // ok: xss
}

export function listenForParent(root: HTMLElement) {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.data?.type === 'theme') {
      root.dataset.theme = event.data.theme === 'dark' ? 'dark' : 'light'
    }
    if (event.data?.type === 'notice') {
      root.querySelector('.notice')!.innerHTML = event.data.html // expect: xss
    }
  })

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== TRUSTED_PARENT) return
    if (event.data?.type === 'title') {
      document.title = String(event.data.title)
    }
    if (event.data?.type === 'navigate') {
      const next = String(event.data.path)
      if (next.startsWith('/') && !next.startsWith('//')) location.assign(next) // ok: open-redirect
    }
  })
}

export function handleLoginReturn() {
  const returnTo = new URLSearchParams(location.search).get('return_to')
  if (returnTo) {
    window.location.href = returnTo // expect: open-redirect
  }
}
