// corpus: path=src/routes/login.js
const express = require('express')
const passport = require('passport')

const router = express.Router()

router.post('/login', passport.authenticate('local'), (req, res) => {
  const destinations = new Map()
  destinations.set('requested', req.body.returnTo)
  destinations.set('home', '/dashboard')
  res.redirect(destinations.get('home')) // ok: open-redirect
})

module.exports = router
