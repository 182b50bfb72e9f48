// corpus: path=src/routes/greetings.js
const express = require('express')
const _ = require('lodash')

const router = express.Router()
const CARD = _.template('<div class="card">Happy birthday, <%- name %>!</div>')

// Render a greeting card from the template the user typed.
router.post('/cards/preview', (req, res) => {
  res.send(CARD({ name: req.body.name })) // ok: template-injection
})

module.exports = router
