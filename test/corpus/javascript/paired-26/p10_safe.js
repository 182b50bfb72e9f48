// corpus: path=src/routes/invitations.js
const express = require('express')
const ejs = require('ejs')
const router = express.Router()

router.post('/invitations/preview', (req, res) => {
  const { message, inviteeName } = req.body
  const html = ejs.render('<p>Hi <%= inviteeName %>,</p><p><%= message %></p>', { inviteeName, message, org: req.user.orgName }) // ok: template-injection
  res.json({ html })
})

module.exports = router
