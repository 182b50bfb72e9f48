// corpus: path=src/services/mailer.js
const path = require('path')
const fs = require('fs')
const ejs = require('ejs')
const pug = require('pug')
const Handlebars = require('handlebars')
const nodemailer = require('nodemailer')
const express = require('express')
const { requireUser, requireRole } = require('../middleware/auth')
const { Campaign } = require('../models')

const TEMPLATES = path.join(__dirname, '..', 'templates', 'email')
const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

const footer = Handlebars.compile(fs.readFileSync(path.join(TEMPLATES, 'footer.hbs'), 'utf8')) // ok: template-injection

Handlebars.registerHelper('signature', (user) => new Handlebars.SafeString(`<p class="sig">${user.signature}</p>`)) // expect: xss
Handlebars.registerHelper('initials', (user) => new Handlebars.SafeString(`<b>${Handlebars.escapeExpression(user.name.slice(0, 2))}</b>`)) // ok: xss

const router = express.Router()
router.use(requireUser)

router.post('/invite', async (req, res) => {
  const html = await ejs.renderFile(path.join(TEMPLATES, 'invite.ejs'), { inviter: req.user.name, note: req.body.note }) // ok: template-injection
  await transporter.sendMail({
    from: 'team@example.com',
    to: String(req.body.email),
    subject: `${req.user.name} invited you`,
    html: html + footer({ year: new Date().getFullYear() }),
  })
  res.status(202).json({ queued: true })
})

router.post('/campaigns/preview', requireRole('marketing'), (req, res) => {
  const html = ejs.render(req.body.template, { user: req.user, unsubscribe: '#' }) // expect: template-injection
  res.send(html)
})

router.post('/campaigns/:id/layout', requireRole('marketing'), async (req, res) => {
  const render = pug.compile(req.body.layout) // expect: template-injection
  const campaign = await Campaign.findByPk(Number(req.params.id))
  res.send(render({ campaign }))
})

router.post('/campaigns/:id/theme', requireRole('marketing'), async (req, res) => {
  const theme = ['light', 'dark', 'brand'].includes(req.body.theme) ? req.body.theme : 'light'
  const html = pug.renderFile(path.join(TEMPLATES, `${theme}.pug`), { campaign: await Campaign.findByPk(Number(req.params.id)) }) // ok: path-traversal
  res.send(html)
})

router.post('/support', async (req, res) => {
  await transporter.sendMail({
    from: 'support-bot@example.com',
    to: 'support@example.com',
    replyTo: String(req.body.email),
    subject: `Support request from ${req.user.email}`,
    text: String(req.body.message),
    attachments: req.body.attachments, // expect: path-traversal
  })
  res.status(202).json({ queued: true })
})

router.post('/support/v2', async (req, res) => {
  const files = (req.files || []).map((f) => ({ filename: path.basename(f.originalname), content: f.buffer }))
  await transporter.sendMail({
    from: 'support-bot@example.com',
    to: 'support@example.com',
    subject: `Support request from ${req.user.email}`,
    text: String(req.body.message),
    attachments: files, // ok: path-traversal
  })
  res.status(202).json({ queued: true })
})

module.exports = router
