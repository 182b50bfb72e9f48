// corpus: path=src/routes/session.js
const express = require('express')

const router = express.Router()

function safeNext(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}

router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.redirect(safeNext(req.body.next)) // ok: open-redirect
  })
})

module.exports = router
