// corpus: path=public/js/login.js
// After a successful login, go back to the page the user came from.
async function onLoggedIn() {
  const back = new URL(new URLSearchParams(window.location.search).get('redirect') || '/', window.location.origin)
  window.location = back.origin === window.location.origin ? back.href : '/' // ok: open-redirect
}

document.getElementById('login-form').addEventListener('submit', async (e) => {
  e.preventDefault()
  const res = await fetch('/api/login', { method: 'POST', body: new FormData(e.target) })
  if (res.ok) onLoggedIn()
})
