import { escapeHtml } from './util/html'

const container = document.getElementById('toasts')

export function showToast(message, level = 'info', timeout = 5000) {
  const el = document.createElement('div')
  el.className = `toast toast-${level}`
  el.innerHTML = `<span class="toast-body">${message}</span><button class="toast-close" aria-label="Close">×</button>` // expect: xss
  el.querySelector('.toast-close').addEventListener('click', () => el.remove())
  container.appendChild(el)
  setTimeout(() => el.remove(), timeout)
}
