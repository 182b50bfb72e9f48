// corpus: path=web/src/embed/markdown.ts
import { marked } from 'marked'
import DOMPurify from 'dompurify'

/** Markdown from the help center, rendered and sanitised before it reaches the DOM. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false }) as string
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } })
}

export function renderPreview(target: HTMLElement, source: string) {
  target.innerHTML = marked.parse(source, { async: false }) as string // expect: xss
}

export function renderSafePreview(target: HTMLElement, source: string) {
  target.innerHTML = renderMarkdown(source) // ok: xss
}
