// corpus: path=src/routes/users.js
const express = require('express')
const User = require('../models/user')

const router = express.Router()

router.post('/users/lookup', express.json(), async (req, res) => {
  const user = await User.findOne({ email: req.body.email }) // expect: nosql-injection
  if (!user) return res.status(404).json({ error: 'not found' })
  res.json({ id: user.id, name: user.name })
})

module.exports = router
