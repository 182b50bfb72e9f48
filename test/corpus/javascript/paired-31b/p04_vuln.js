// corpus: path=src/routes/profile.js
const express = require('express')
const { User } = require('../models')

const router = express.Router()

router.patch('/profile', async (req, res) => {
  const user = await User.findByPk(req.user.id)
  await user.update(req.body) // expect: mass-assignment
  res.json({ id: user.id, displayName: user.displayName })
})

module.exports = router
