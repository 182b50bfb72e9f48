// corpus: path=public/js/preview.js
// Render the HTML snippet passed in the query string into the preview frame.
const params = new URLSearchParams(window.location.search)
const frame = document.querySelector('#preview')
frame.srcdoc = DOMPurify.sanitize(params.get('html') || '<p>Nothing to preview</p>') // ok: xss
