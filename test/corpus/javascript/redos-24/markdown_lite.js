// corpus: path=src/markdown-lite.js
export function renderInline(text) {
  return text
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>') // ok: regex-injection
    .replace(/_([^_]+)_/g, '<em>$1</em>') // ok: regex-injection
    .replace(/`([^`]+)`/g, '<code>$1</code>') // ok: regex-injection
}

export function stripComments(source) {
  return source.replace(/\/\*(.|\s)*?\*\//g, '') // expect: regex-injection
}

export function stripCommentsSafe(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '') // ok: regex-injection
}

export function isHeading(line) {
  return /^(#+\s*)+\S/.test(line) // ok: regex-injection
}

export function isListItem(line) {
  return /^\s*([-*+]|\d+\.)\s+/.test(line) // ok: regex-injection
}

export function linkify(text) {
  return text.replace(/\bhttps?:\/\/[^\s<]+[^\s<.,:;"')\]]/g, (url) => `<a href="${url}">${url}</a>`) // ok: regex-injection
}

export function isTableRow(line) {
  return /^\|(\s*[^|]+\s*\|)+$/.test(line) // ok: regex-injection
}

export function tokens(line) {
  return line.match(/(\w+\s*)+=/) // expect: regex-injection
}
