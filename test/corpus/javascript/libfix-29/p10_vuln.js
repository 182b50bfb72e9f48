// corpus: path=lib/html.js
function attr(name, value) {
  return `${name}="${value}"`
}

function renderLink({ href, title, text }) {
  return '<a ' + attr('href', href) + ' ' + attr('title', title) + '>' + text + '</a>'
}

function renderBreadcrumbs(items, el) {
  el.innerHTML = items.map(renderLink).join(' / ') // expect: xss
}

module.exports = { renderBreadcrumbs }
