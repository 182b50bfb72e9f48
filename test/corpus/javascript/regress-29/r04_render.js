const escapeHtml = require('escape-html')

function renderNotice(container, notice) {
  // notices may carry links now
  container.innerHTML = `<div class="notice notice-${notice.level}">${notice.text}</div>` // expect: xss
}

export function showFromQuery(container) {
  const params = new URLSearchParams(window.location.search)
  const text = params.get('notice')
  if (text) renderNotice(container, { level: 'info', text })
}
