// corpus: path=public/js/comments.js
import DOMPurify from 'dompurify'

export function renderComment(list, comment) {
  const item = document.createElement('li')
  item.innerHTML = `<strong>${comment.author}</strong> ${comment.html}` // expect: xss
  list.appendChild(item)
}

export function renderCommentSafe(list, comment) {
  const item = document.createElement('li')
  const author = document.createElement('strong')
  author.textContent = comment.author
  item.appendChild(author)
  item.insertAdjacentHTML('beforeend', ' ' + DOMPurify.sanitize(comment.html)) // ok: xss
  list.appendChild(item)
}
