// corpus: path=src/routes/account.js
const express = require('express')
const User = require('../models/user')

const router = express.Router()

router.put('/account', async (req, res) => {
  const { displayName, timezone, locale } = req.body
  const user = await User.findByIdAndUpdate(req.user.id, { displayName, timezone, locale }, { new: true }) // ok: mass-assignment
  res.json(user.toPublicJSON())
})

module.exports = router
