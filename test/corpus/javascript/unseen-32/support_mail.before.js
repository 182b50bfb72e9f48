'use strict'

const express = require('express')
const nodemailer = require('nodemailer')
const escapeHtml = require('escape-html')
const { requireLogin } = require('../middleware/auth')
const tickets = require('../services/tickets')
const log = require('../log')

const router = express.Router()

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

// A signed-in customer writes to support; the message goes to the support inbox.
router.post('/support/messages', requireLogin, async (req, res, next) => {
  try {
    const { subject, message } = req.body
    const ticket = await tickets.open(req.user.id, String(subject || 'Support request'))
    const info = await transport.sendMail({
      from: '"Support form" <no-reply@example-shop.com>',
      replyTo: req.user.email,
      to: 'support@example-shop.com',
      subject: `[#${ticket.id}] ${subject}`,
      text: String(message || ''),
      html: `<p>${escapeHtml(String(message || '')).replace(/\n/g, '<br>')}</p>`,
    })
    log.info({ ticket: ticket.id, messageId: info.messageId }, 'support mail sent')
    res.status(201).json({ ticket: ticket.id })
  } catch (err) {
    next(err)
  }
})

module.exports = router
