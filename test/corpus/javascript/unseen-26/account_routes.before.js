const express = require('express')
const crypto = require('crypto')
const bcrypt = require('bcrypt')
const logger = require('../lib/logger')
const { User, ApiKey } = require('../models')

const router = express.Router()

router.post('/login', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) } })
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid_credentials' })
  }
  req.session.userId = user.id
  res.json({ id: user.id, name: user.name })
})

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.status(204).end())
})

module.exports = router
