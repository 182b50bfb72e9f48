// corpus: path=public/js/embed-host.js
// Show the status text the embedded checkout frame posts back.
window.addEventListener('message', (event) => {
  const status = document.getElementById('checkout-status')
  status.innerHTML = event.data.statusHtml // expect: xss
})
