const express = require('express')
const mongoose = require('mongoose')
const { requireUser } = require('../middleware/auth')

const User = mongoose.model('User')
const router = express.Router()

router.get('/me', requireUser, async (req, res) => {
  const user = await User.findById(req.user.id).select('email name avatar').lean()
  res.json(user)
})

module.exports = router
