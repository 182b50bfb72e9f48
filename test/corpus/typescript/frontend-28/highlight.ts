// corpus: path=web/src/lib/highlight.ts
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch])
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Wraps each match of `term` in <mark>; both inputs are escaped before any markup is added. */
export function highlight(text: string, term: string): string {
  const safe = escapeHtml(text)
  if (!term.trim()) return safe
  const pattern = new RegExp(escapeRegExp(escapeHtml(term)), 'gi') // ok: regex-injection
  return safe.replace(pattern, (m) => `<mark>${m}</mark>`)
}
