const express = require('express')

const router = express.Router()

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
}

router.get('/oauth/callback', async (req, res) => {
  const session = await exchangeCode(req.query.code)
  req.session.user = session.user
  const next = req.query.state
  res.redirect(next || '/dashboard') // expect: open-redirect
})

module.exports = router
