// corpus: path=public/js/embed.js
window.addEventListener('message', (event) => {
  const { type, html } = event.data || {}
  if (type === 'render-comment') {
    document.getElementById('comment').textContent = html // ok: xss
  }
})
