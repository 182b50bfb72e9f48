// corpus: path=src/routes/password.js
const express = require('express')
const { User } = require('../models')
const router = express.Router()

router.post('/password/reset', async (req, res) => {
  if (typeof req.body.token !== 'string') return res.status(400).json({ error: 'invalid_token' })
  const user = await User.findOne({ resetToken: req.body.token, resetExpires: { $gt: new Date() } }) // ok: nosql-injection
  if (!user) return res.status(400).json({ error: 'invalid_token' })
  user.setPassword(req.body.password)
  await user.save()
  res.status(204).end()
})

module.exports = router
