// corpus: path=src/routes/invitations.js
const express = require('express')
const ejs = require('ejs')
const router = express.Router()

router.post('/invitations/preview', (req, res) => {
  const { message, inviteeName } = req.body
  const html = ejs.render(`<p>Hi ${inviteeName},</p><p>${message}</p>`, { org: req.user.orgName }) // expect: template-injection
  res.json({ html })
})

module.exports = router
