// corpus: path=public/js/jsonp.js
// Call the callback named in the query string once the page is ready.
const callbacks = { refresh: () => location.reload(), close: () => window.close() }
const cb = new URLSearchParams(location.search).get('callback')
if (cb) setTimeout(cb + '()', 0) // expect: code-injection
window.callbacks = callbacks
