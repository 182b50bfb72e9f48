// corpus: path=public/js/widget.js
(function () {
  const root = document.getElementById('widget')
  const params = new URLSearchParams(location.search)

  function renderTitle() {
    const title = params.get('title') || 'Dashboard'
    root.querySelector('h2').textContent = title // ok: xss
  }

  function renderBanner() {
    const banner = decodeURIComponent(location.hash.slice(1))
    if (banner) root.querySelector('.banner').innerHTML = banner // expect: xss
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://app.example.com') return
    const { type, html } = event.data || {}
    if (type === 'render') root.querySelector('.content').innerHTML = DOMPurify.sanitize(html) // ok: xss
  })

  window.addEventListener('message', (event) => {
    const data = event.data || {}
    if (data.type === 'navigate') window.location.href = data.url // expect: open-redirect
  })

  function loadMore(page) {
    return fetch(`/api/items?page=${encodeURIComponent(page)}`)
      .then((r) => r.json())
      .then((items) => {
        const list = root.querySelector('ul')
        for (const item of items) {
          const li = document.createElement('li')
          li.textContent = item.name
          list.appendChild(li)
        }
      })
  }

  renderTitle()
  renderBanner()
  loadMore(1)
})()
