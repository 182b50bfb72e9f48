// corpus: path=src/routes/password.js
const express = require('express')
const { User } = require('../models')
const router = express.Router()

router.post('/password/reset', async (req, res) => {
  const user = await User.findOne({ resetToken: req.body.token, resetExpires: { $gt: new Date() } }) // expect: nosql-injection
  if (!user) return res.status(400).json({ error: 'invalid_token' })
  user.setPassword(req.body.password)
  await user.save()
  res.status(204).end()
})

module.exports = router
