// corpus: path=public/js/embed.js
window.addEventListener('message', (event) => {
  const { type, html } = event.data || {}
  if (type === 'render-comment') {
    document.getElementById('comment').innerHTML = html // expect: xss
  }
})
