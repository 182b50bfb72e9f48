// corpus: path=src/routes/password-reset.js
const express = require('express')
const crypto = require('crypto')
const { User } = require('../models')
const mailer = require('../mailer')

const router = express.Router()

router.post('/password-reset', async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } })
  if (user) {
    const token = crypto.randomBytes(32).toString('hex') // ok: insecure-random
    await user.update({ resetToken: token, resetExpires: Date.now() + 3600_000 })
    await mailer.send(user.email, 'Reset your password', `https://app.example.com/reset?token=${token}`)
  }
  res.sendStatus(204)
})

module.exports = router
