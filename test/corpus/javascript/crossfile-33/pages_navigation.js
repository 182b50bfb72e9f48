// corpus: path=src/views/navigation.js changeset=pages
'use strict'

function goBack(res, target) {
  res.redirect(target || '/') // expect: open-redirect
}

function goBackSafely(res, target) {
  // Only paths on this site: one leading slash, not `//host`.
  const local = typeof target === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(target) ? target : '/'
  res.redirect(local) // ok: open-redirect
}

module.exports = { goBack, goBackSafely }
