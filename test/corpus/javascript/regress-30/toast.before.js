import { escapeHtml } from './util/html'

const container = document.getElementById('toasts')

export function showToast(message, level = 'info') {
  const el = document.createElement('div')
  el.className = `toast toast-${level}`
  el.innerHTML = `<span class="toast-body">${escapeHtml(message)}</span><button class="toast-close" aria-label="Close">×</button>`
  el.querySelector('.toast-close').addEventListener('click', () => el.remove())
  container.appendChild(el)
  setTimeout(() => el.remove(), 5000)
}
