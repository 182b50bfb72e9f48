// corpus: path=server/index.js
'use strict'

const express = require('express')
const helmet = require('helmet')
const cors = require('cors')
const session = require('express-session')
const axios = require('axios')
const morgan = require('morgan')
const { marked } = require('marked')
const config = require('./config')
const api = require('./routes/api')

const app = express()

app.set('trust proxy', 1)
app.use(helmet())
app.use(morgan('combined'))
app.use(express.json({ limit: '1mb' }))
app.use(cors({ origin: true, credentials: true })) // expect: permissive-cors
app.use(
  session({
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' }, // ok: insecure-cookie
  }),
)

app.use('/api', api)

app.get('/search', (req, res) => {
  const q = req.query.q || ''
  res.send(`<h1>Results for ${q}</h1><div id="results"></div>`) // expect: xss
})

app.get('/notes/:id/preview', async (req, res) => {
  const note = await req.db.notes.findById(req.params.id)
  res.type('html').send(marked.parse(note.body)) // expect: xss
})

app.get('/status', (req, res) => {
  res.json({ ok: true, version: config.version, uptime: process.uptime() })
})

app.get('/avatar', async (req, res, next) => {
  try {
    const { data, headers } = await axios.get(req.query.src, { responseType: 'arraybuffer', timeout: 5000 }) // expect: ssrf
    res.type(headers['content-type'] || 'image/png').send(data)
  } catch (err) {
    next(err)
  }
})

app.get('/weather', async (req, res, next) => {
  try {
    const city = encodeURIComponent(String(req.query.city || 'Berlin'))
    const { data } = await axios.get(`https://api.weather.example.com/v1/current?city=${city}`, { timeout: 5000 }) // ok: ssrf
    res.json(data)
  } catch (err) {
    next(err)
  }
})

app.use((err, req, res, next) => {
  console.error(err)
  res.status(500).json({ error: err.message, stack: err.stack }) // expect: debug-mode
})

app.listen(config.port, () => {
  console.log(`listening on ${config.port}`)
})
