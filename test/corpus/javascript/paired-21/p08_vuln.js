// corpus: path=src/routes/auth.js
const express = require('express')
const { login } = require('../services/auth')

const router = express.Router()

router.post('/login', async (req, res) => {
  const user = await login(req.body.email, req.body.password)
  if (!user) return res.status(401).render('login', { error: 'Invalid credentials' })
  req.session.userId = user.id
  const next = req.query.next || '/'
  if (next.startsWith('http://')) return res.redirect('/')
  res.redirect(next) // expect: open-redirect
})

module.exports = router
