const express = require('express')
const session = require('express-session')
const app = express()

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: false, secure: false }, // expect: insecure-cookie
}))

app.post('/login', (req, res) => {
  res.cookie('auth', createToken(req.body.user), { httpOnly: true, secure: true, sameSite: 'strict' }) // ok: insecure-cookie
  res.cookie('theme', req.body.theme || 'light') // ok: insecure-cookie
  res.end()
})
