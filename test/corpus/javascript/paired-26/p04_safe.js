// corpus: path=public/js/search.js
document.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(window.location.search)
  const query = params.get('q') || ''
  const heading = document.querySelector('#results-heading')
  heading.textContent = `Results for ${query}` // ok: xss
  fetch(`/api/search?q=${encodeURIComponent(query)}`)
    .then((r) => r.json())
    .then((items) => {
      document.querySelector('#count').textContent = String(items.length)
    })
    .catch(() => {})
})
