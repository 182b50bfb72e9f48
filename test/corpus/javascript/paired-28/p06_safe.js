// corpus: path=public/js/embed-host.js
// Show the status text the embedded checkout frame posts back.
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://checkout.example.com') return
  const status = document.getElementById('checkout-status')
  status.textContent = event.data.statusText // ok: xss
})
