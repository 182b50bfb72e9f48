// corpus: path=src/routes/login.js
const express = require('express')
const router = express.Router()

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
}

router.post('/login', async (req, res) => {
  await req.authenticate(req.body.email, req.body.password)
  res.redirect(req.query.next || '/') // expect: open-redirect
})

router.post('/login/v2', async (req, res) => {
  await req.authenticate(req.body.email, req.body.password)
  const next = isLocalPath(req.query.next) ? req.query.next : '/'
  res.redirect(next) // ok: open-redirect
})

module.exports = router
