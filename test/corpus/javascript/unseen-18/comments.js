// corpus: path=public/js/comments.js
(function () {
  const list = document.querySelector('#comments')
  const form = document.querySelector('#comment-form')
  const counter = document.querySelector('#comment-count')
  const params = new URLSearchParams(window.location.search)

  function formatDate(iso) {
    return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
  }

  function renderComment(comment) {
    const item = document.createElement('li')
    item.className = 'comment'
    item.innerHTML = `<strong>${comment.author}</strong> <time>${formatDate(comment.createdAt)}</time><p>${comment.body}</p>` // expect: xss
    return item
  }

  function renderCommentSafely(comment) {
    const item = document.createElement('li')
    const author = document.createElement('strong')
    author.textContent = comment.author // ok: xss
    const body = document.createElement('p')
    body.textContent = comment.body
    item.append(author, body)
    return item
  }

  async function load() {
    const res = await fetch(`/api/posts/${list.dataset.postId}/comments`)
    if (!res.ok) return
    const comments = await res.json()
    list.replaceChildren(...comments.map(list.dataset.safe ? renderCommentSafely : renderComment))
    counter.textContent = String(comments.length)
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const body = new FormData(form).get('body')
    const res = await fetch(`/api/posts/${list.dataset.postId}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    })
    if (res.ok) {
      form.reset()
      await load()
    }
  })

  const highlight = params.get('highlight')
  if (highlight) {
    document.querySelector('#banner').innerHTML = 'Showing results for <em>' + highlight + '</em>' // expect: xss
  }

  const next = params.get('next')
  if (next) {
    window.location.href = next // expect: open-redirect
  }

  load()
})()
