// corpus: path=src/routes/emails.js
const express = require('express')
const ejs = require('ejs')
const { Template } = require('../models')

const router = express.Router()

router.post('/emails/preview', async (req, res) => {
  const template = await Template.findByPk(req.body.templateId)
  if (!template || !template.builtIn) return res.status(404).json({ error: 'not_found' })
  const html = ejs.render(template.body, { user: req.user, product: 'Acme', note: req.body.body }) // ok: template-injection
  res.json({ html })
})

module.exports = router
