// corpus: path=public/js/notice.js
function showNotice() {
  const params = new URLSearchParams(window.location.search)
  const message = params.get('notice')
  if (!message) return
  const box = document.getElementById('notice')
  box.innerHTML = '<strong>Notice:</strong> '
  box.append(document.createTextNode(message)) // ok: xss
  box.hidden = false
}

document.addEventListener('DOMContentLoaded', showNotice)
