// corpus: path=src/server.js
const express = require('express')
const session = require('express-session')
const cors = require('cors')
const helmet = require('helmet')
const errorhandler = require('errorhandler')
const routes = require('./routes')

const app = express()
const isProd = process.env.NODE_ENV === 'production'

app.use(helmet())
app.use(cors({ origin: ['https://app.example.com'], credentials: true })) // ok: permissive-cors
app.use(express.json({ limit: '1mb' }))
app.use(
  session({ // ok: insecure-cookie
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: isProd, httpOnly: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
  }),
)

app.use('/api', routes)

app.get('/api/locale', (req, res) => {
  res.cookie('locale', req.query.lang === 'de' ? 'de' : 'en', { maxAge: 31536000000 }) // ok: insecure-cookie
  res.json({ ok: true })
})

app.post('/api/remember', (req, res) => {
  res.cookie('remember_me', req.body.token, { maxAge: 2592000000, httpOnly: false }) // expect: insecure-cookie
  res.json({ ok: true })
})

if (!isProd) app.use(errorhandler()) // ok: debug-mode

app.listen(process.env.PORT || 3000)
