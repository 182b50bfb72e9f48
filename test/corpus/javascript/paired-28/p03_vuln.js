// corpus: path=public/js/loader.js
// Load the chat widget from the CDN chosen by the page's query string.
const cdn = new URLSearchParams(location.search).get('cdn') || 'https://cdn.example.com'
const script = document.createElement('script')
script.src = `${cdn}/widget.js` // expect: xss
document.head.appendChild(script)
