// corpus: path=public/js/tabs.js
// Show the tab named in the URL fragment.
function showTabFromHash() {
  const name = decodeURIComponent(window.location.hash.slice(1))
  const title = document.getElementById('tab-title')
  title.textContent = name // ok: xss
}

window.addEventListener('hashchange', showTabFromHash)
showTabFromHash()
