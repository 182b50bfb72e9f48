// corpus: path=src/routes/profile.js
const express = require('express')
const { User } = require('../models')

const router = express.Router()

router.put('/profile', async (req, res) => {
  const user = await User.findByPk(req.user.id)
  await user.update(req.body) // expect: mass-assignment
  res.json({ id: user.id, name: user.name })
})

module.exports = router
