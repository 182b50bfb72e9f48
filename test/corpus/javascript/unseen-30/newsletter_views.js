// corpus: path=src/newsletter/routes.js
'use strict'

const express = require('express')
const ejs = require('ejs')
const pug = require('pug')
const path = require('path')
const nodemailer = require('nodemailer')
const { marked } = require('marked')
const DOMPurify = require('isomorphic-dompurify')
const db = require('../db')

const router = express.Router()
const TEMPLATE_DIR = path.join(__dirname, 'templates')
const digestTemplate = pug.compileFile(path.join(TEMPLATE_DIR, 'digest.pug'))

const transport = nodemailer.createTransport({
  host: 'smtp.mailgun.org',
  port: 587,
  auth: {
    user: 'postmaster@mg.example-news.io',
    pass: 'c0a9f1e84b7d2c6e5a3b9d0f7e1c4a8b-2de3d545-7f1a9c3e', // expect: hardcoded-secret
  },
  tls: { rejectUnauthorized: false }, // expect: tls-verify-disabled
})

const backupTransport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 465,
  secure: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }, // ok: hardcoded-secret
})

router.post('/campaigns/:id/preview', async (req, res) => {
  const campaign = await db.campaigns.findById(req.params.id)
  const html = ejs.render(req.body.template, { campaign, unsubscribe: '#' }) // expect: template-injection
  res.send(html)
})

router.post('/campaigns/:id/render', async (req, res) => {
  const campaign = await db.campaigns.findById(req.params.id)
  const html = await ejs.renderFile(path.join(TEMPLATE_DIR, 'campaign.ejs'), { campaign, intro: req.body.intro }) // ok: template-injection
  res.send(html)
})

router.post('/snippets/preview', (req, res) => {
  const fn = pug.compile(req.body.source, { pretty: true }) // expect: template-injection
  res.send(fn({ subscriber: { name: 'Preview' } }))
})

router.get('/digest', async (req, res) => {
  const stories = await db.stories.latest(10)
  res.send(digestTemplate({ stories, greeting: req.query.greeting })) // ok: xss
})

router.get('/greeting', (req, res) => {
  const html = ejs.render('<p class="greeting"><%- greeting %>, welcome back</p>', { greeting: req.query.greeting })
  res.send(html) // expect: xss
})

router.get('/greeting/plain', (req, res) => {
  const html = ejs.render('<p class="greeting"><%= greeting %>, welcome back</p>', { greeting: req.query.greeting })
  res.send(html) // ok: xss
})

router.post('/stories/preview', (req, res) => {
  res.send(`<div class="story">${marked.parse(req.body.markdown)}</div>`) // expect: xss
})

router.post('/stories/preview-clean', (req, res) => {
  res.send(`<div class="story">${DOMPurify.sanitize(marked.parse(req.body.markdown))}</div>`) // ok: xss
})

router.post('/subscribe', async (req, res) => {
  const email = String(req.body.email || '').trim()
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return res.status(400).json({ error: 'invalid email' })
  const token = require('crypto').randomBytes(20).toString('hex')
  await db.subscribers.insert({ email, token, confirmed: false })
  await transport.sendMail({
    from: '"Example News" <news@example-news.io>',
    to: email,
    subject: 'Confirm your subscription',
    text: `Confirm here: https://example-news.io/confirm/${token}`,
  })
  res.status(202).json({ ok: true })
})

router.post('/contact', async (req, res) => {
  const { name, email, message } = req.body
  await backupTransport.sendMail({
    from: '"Contact form" <contact@example-news.io>',
    replyTo: email,
    to: 'editors@example-news.io',
    subject: `Message from ${String(name).slice(0, 80)}`,
    text: String(message),
  })
  console.log('contact form sent', { name, email }) // ok: sensitive-logging
  res.json({ ok: true })
})

router.post('/unsubscribe', async (req, res) => {
  const sub = await db.subscribers.findOne({ token: req.body.token }) // expect: nosql-injection
  if (!sub) return res.status(404).send('unknown token')
  await db.subscribers.update(sub.id, { unsubscribedAt: new Date() })
  console.log('unsubscribe', sub.email, 'token', req.body.token) // expect: sensitive-logging
  res.redirect(303, '/unsubscribed')
})

module.exports = router
