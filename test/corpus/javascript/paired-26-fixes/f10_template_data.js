// corpus: path=src/routes/cards.js
const express = require('express')
const nunjucks = require('nunjucks')
const router = express.Router()
const env = nunjucks.configure('views', { autoescape: true })

router.post('/cards/render', (req, res) => {
  res.send(env.renderString(`<div class="card"><h2>${req.body.title}</h2>{{ body }}</div>`, { body: req.body.body })) // expect: template-injection
})

router.post('/v2/cards/render', (req, res) => {
  res.send(env.renderString('<div class="card"><h2>{{ title }}</h2>{{ body }}</div>', { title: req.body.title, body: req.body.body })) // ok: template-injection
})

module.exports = router
