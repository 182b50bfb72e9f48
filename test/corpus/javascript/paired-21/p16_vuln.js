// corpus: path=src/routes/profile.js
const express = require('express')
const serialize = require('node-serialize')

const router = express.Router()

router.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString()
  const profile = serialize.unserialize(raw) // expect: unsafe-deserialization
  res.render('profile', { name: profile.name })
})

module.exports = router
