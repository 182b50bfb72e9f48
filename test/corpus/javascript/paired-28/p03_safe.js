// corpus: path=public/js/loader.js
// Load the chat widget from the CDN chosen by the page's query string.
const CDNS = { eu: 'https://eu.cdn.example.com', us: 'https://us.cdn.example.com' }
const cdn = CDNS[new URLSearchParams(location.search).get('cdn')] || 'https://cdn.example.com'
const script = document.createElement('script')
script.src = `${cdn}/widget.js` // ok: xss
document.head.appendChild(script)
