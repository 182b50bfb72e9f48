// corpus: path=src/routes/templates.js
const express = require('express')
const Handlebars = require('handlebars')
const pug = require('pug')
const ejs = require('ejs')
const _ = require('lodash')
const path = require('path')
const { Template } = require('../models')
const { requireRole } = require('../middleware/roles')

const router = express.Router()
const LAYOUTS = path.join(__dirname, '..', 'views', 'email')
const footer = _.template('<p>Sent by <%- company %> · <a href="<%- unsubscribeUrl %>">unsubscribe</a></p>')

router.post('/preview', requireRole('marketing'), async (req, res) => {
  const { source, sample } = req.body
  const render = Handlebars.compile(source) // expect: template-injection
  res.send(render(sample || {}))
})

router.post('/preview/pug', requireRole('marketing'), (req, res) => {
  const html = pug.render(req.body.markup, { user: req.user }) // expect: template-injection
  res.type('html').send(html)
})

router.post('/preview/lodash', requireRole('marketing'), (req, res) => {
  const compiled = _.template(req.body.body) // expect: template-injection
  res.send(compiled({ name: req.user.name }))
})

router.get('/:id/render', async (req, res) => {
  const tpl = await Template.findByPk(req.params.id)
  if (!tpl) return res.sendStatus(404)
  const html = await ejs.renderFile(path.join(LAYOUTS, 'base.ejs'), { // ok: template-injection
    subject: req.query.subject,
    body: tpl.body,
  })
  res.send(html + footer({ company: 'Acme', unsubscribeUrl: '/unsubscribe' }))
})

router.post('/greeting', (req, res) => {
  const greet = Handlebars.compile('<h1>Hello {{name}}</h1>') // ok: template-injection
  res.send(greet({ name: req.body.name }))
})

router.get('/', async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1)
  const rows = await Template.findAll({ limit: 20, offset: (page - 1) * 20, order: [['updatedAt', 'DESC']] })
  res.json(rows.map((t) => ({ id: t.id, name: t.name, updatedAt: t.updatedAt })))
})

module.exports = router
