// corpus: path=server/mailer.js
const nunjucks = require('nunjucks')
const Handlebars = require('handlebars')
const nodemailer = require('nodemailer')
const express = require('express')
const { requireAdmin } = require('./auth')
const db = require('./db')

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates/mail'), { autoescape: true })
const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

const router = express.Router()

router.post('/campaigns/preview', requireAdmin, (req, res) => {
  const html = env.renderString(req.body.template, { user: { name: 'Preview User' } }) // expect: template-injection
  res.json({ html })
})

router.post('/campaigns/:id/preview', requireAdmin, async (req, res) => {
  const campaign = await db.campaigns.findById(req.params.id)
  const html = env.render(`${campaign.layout}.njk`, { user: req.body.sample }) // ok: template-injection
  res.json({ html })
})

router.post('/receipts/preview', (req, res) => {
  const template = Handlebars.compile(req.body.source) // expect: template-injection
  res.json({ html: template({ total: 42 }) })
})

const receipt = Handlebars.compile('<p>Thanks {{name}}, your total is {{total}}</p>') // ok: template-injection

router.post('/receipts/send', async (req, res) => {
  const order = await db.orders.findById(req.body.orderId)
  await transport.sendMail({
    from: 'shop@example.com',
    to: order.email,
    subject: 'Your receipt',
    html: receipt({ name: order.customerName, total: order.total }), // ok: xss
  })
  res.status(202).json({ queued: true })
})

router.post('/contact', async (req, res) => {
  const { email, message } = req.body
  await transport.sendMail({
    from: 'contact-form@example.com',
    to: 'support@example.com',
    replyTo: email,
    subject: 'Contact form',
    text: message,
  })
  res.status(202).json({ queued: true })
})

router.get('/unsubscribe', async (req, res) => {
  await db.subscribers.disable(req.query.token)
  res.send('<p>You have been unsubscribed from ' + req.query.list + '.</p>') // expect: xss
})

module.exports = router
