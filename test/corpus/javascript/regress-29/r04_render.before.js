const escapeHtml = require('escape-html')

function renderNotice(container, notice) {
  container.innerHTML = `<div class="notice notice-${notice.level}">${escapeHtml(notice.text)}</div>`
}

export function showFromQuery(container) {
  const params = new URLSearchParams(window.location.search)
  const text = params.get('notice')
  if (text) renderNotice(container, { level: 'info', text })
}
