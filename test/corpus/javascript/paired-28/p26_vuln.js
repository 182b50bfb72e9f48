// corpus: path=src/routes/greetings.js
const express = require('express')
const _ = require('lodash')

const router = express.Router()

// Render a greeting card from the template the user typed.
router.post('/cards/preview', (req, res) => {
  const render = _.template(req.body.template) // expect: template-injection
  res.send(render({ name: req.body.name }))
})

module.exports = router
