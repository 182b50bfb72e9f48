// corpus: path=src/lib/format.js
const CURRENCY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })

function money(cents) {
  if (cents == null) return '—' // ok: loose-equality
  return CURRENCY.format(cents / 100)
}

function shortDate(value) {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? '' : DATE.format(date)
}

function pluralize(count, singular, plural = singular + 's') {
  return `${count} ${count === 1 ? singular : plural}`
}

function initials(name) {
  return String(name || '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0].toUpperCase())
    .join('')
}

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function badge(label, tone) {
  const el = document.createElement('span')
  el.className = `badge badge-${tone || 'neutral'}`
  el.innerHTML = escapeHtml(label) // ok: xss
  return el
}

function truncate(text, max = 80) {
  if (text.length <= max) return text
  return text.slice(0, max - 1) + '…'
}

function compareVersions(a, b) {
  const pa = a.split('.').map((n) => parseInt(n, 10))
  const pb = b.split('.').map((n) => parseInt(n, 10))
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0)
    if (diff !== 0) return diff
  }
  return 0
}

module.exports = { money, shortDate, pluralize, initials, escapeHtml, badge, truncate, compareVersions }
