// corpus: path=public/js/share.js
const params = new URLSearchParams(window.location.search)

export function openShared() {
  window.location.replace(params.get('continue')) // expect: open-redirect
}

export function openSharedSafe() {
  const next = params.get('continue') || '/'
  window.location.replace(next.startsWith('/') && !next.startsWith('//') ? next : '/') // ok: open-redirect
}
