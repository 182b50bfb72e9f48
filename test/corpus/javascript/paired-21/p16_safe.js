// corpus: path=src/routes/profile.js
const express = require('express')

const router = express.Router()

router.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString()
  const profile = JSON.parse(raw) // ok: unsafe-deserialization
  res.render('profile', { name: profile.name })
})

module.exports = router
