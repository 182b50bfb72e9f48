const serialize = require('node-serialize')
const yaml = require('js-yaml')
const express = require('express')
const cookieParser = require('cookie-parser')
const app = express()
app.use(cookieParser())
app.use(express.text())

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString()
  const profile = serialize.unserialize(raw) // expect: unsafe-deserialization
  res.send('Hello ' + escape(profile.username))
})

app.post('/config', (req, res) => {
  const config = yaml.load(req.body) // ok: unsafe-deserialization
  res.json(config)
})

app.post('/profile-safe', (req, res) => {
  const profile = JSON.parse(req.body) // ok: unsafe-deserialization
  res.json({ name: String(profile.username) })
})
