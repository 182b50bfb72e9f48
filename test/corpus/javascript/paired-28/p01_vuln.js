// corpus: path=public/js/tabs.js
// Show the tab named in the URL fragment.
function showTabFromHash() {
  const name = decodeURIComponent(window.location.hash.slice(1))
  const title = document.getElementById('tab-title')
  title.outerHTML = `<h2 id="tab-title">${name}</h2>` // expect: xss
}

window.addEventListener('hashchange', showTabFromHash)
showTabFromHash()
