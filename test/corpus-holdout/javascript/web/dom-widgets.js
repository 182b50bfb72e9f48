// corpus: path=public/js/widgets.js
const params = new URLSearchParams(window.location.search)

export function renderBanner(el) {
  const msg = params.get('msg')
  if (msg) el.innerHTML = '<div class="banner">' + msg + '</div>' // expect: xss
}

export function renderBannerText(el) {
  const msg = params.get('msg')
  if (msg) el.textContent = msg // ok: xss
}

export function renderCount(el, count) {
  el.innerHTML = `<span class="count">${Number(count)}</span>` // ok: xss
}

export function appendResult(list, item) {
  list.insertAdjacentHTML('beforeend', `<li>${item.title}</li>`) // expect: xss
}

export function followNext() {
  const next = params.get('next')
  if (next) window.location.href = next // expect: open-redirect
}

export function followNextLocal() {
  const next = params.get('next')
  if (next && next.startsWith('/') && !next.startsWith('//')) window.location.assign(next) // ok: open-redirect
}

export function writeLegacy(title) {
  document.write('<title>' + title + '</title>') // expect: xss
}
