// corpus: path=src/routes/account.js
const express = require('express')
const User = require('../models/user')

const router = express.Router()

router.put('/account', async (req, res) => {
  const user = await User.findByIdAndUpdate(req.user.id, req.body, { new: true }) // expect: mass-assignment
  res.json(user.toPublicJSON())
})

module.exports = router
