// corpus: path=lib/html.js
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

function attr(name, value) {
  return `${name}="${escapeHtml(value)}"`
}

function renderLink({ href, title, text }) {
  return '<a ' + attr('href', href) + ' ' + attr('title', title) + '>' + escapeHtml(text) + '</a>'
}

function renderBreadcrumbs(items, el) {
  el.innerHTML = items.map(renderLink).join(' / ') // ok: xss
}

module.exports = { renderBreadcrumbs }
