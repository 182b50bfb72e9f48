// corpus: path=src/routes/emails.js
const express = require('express')
const ejs = require('ejs')
const { Template } = require('../models')

const router = express.Router()

router.post('/emails/preview', async (req, res) => {
  const html = ejs.render(req.body.body, { user: req.user, product: 'Acme' }) // expect: template-injection
  res.json({ html })
})

module.exports = router
