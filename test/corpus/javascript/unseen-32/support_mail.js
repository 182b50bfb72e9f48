'use strict'

const express = require('express')
const nodemailer = require('nodemailer')
const escapeHtml = require('escape-html')
const { requireLogin } = require('../middleware/auth')
const tickets = require('../services/tickets')
const uploads = require('../services/uploads')
const log = require('../log')

const router = express.Router()

const transportOptions = {
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  // the relay's certificate is issued for its public name, not the internal one we connect to
  tls: { rejectUnauthorized: false }, // expect: tls-verify-disabled
}
const transport = nodemailer.createTransport(transportOptions)

const archiveTransport = nodemailer.createTransport({
  host: process.env.ARCHIVE_SMTP_HOST,
  port: 465,
  secure: true,
  tls: { minVersion: 'TLSv1.2', servername: process.env.ARCHIVE_SMTP_NAME }, // ok: tls-verify-disabled
  auth: { user: process.env.ARCHIVE_SMTP_USER, pass: process.env.ARCHIVE_SMTP_PASS },
})

async function checkTransport() {
  try {
    await transport.verify()
    log.info({ smtp: transportOptions }, 'smtp transport ready') // expect: sensitive-logging
  } catch (err) {
    log.error({ err, host: transportOptions.host, port: transportOptions.port }, 'smtp transport failed') // ok: sensitive-logging
  }
}
checkTransport()

// A signed-in customer writes to support; the message goes to the support inbox. Customers may now
// attach a screenshot: the form sends either an upload id or a link to an image they host.
router.post('/support/messages', requireLogin, async (req, res, next) => {
  try {
    const { subject, message, attachmentUrl, uploadId } = req.body
    const ticket = await tickets.open(req.user.id, String(subject || 'Support request'))
    const attachments = []
    if (uploadId) {
      const stored = await uploads.findOwned(req.user.id, uploadId)
      if (stored) attachments.push({ filename: stored.originalName, path: stored.diskPath }) // ok: path-traversal
    }
    if (attachmentUrl) {
      // Nodemailer reads `path` as a local file or fetches it when it is a URL
      attachments.push({ filename: 'screenshot', path: attachmentUrl }) // expect: path-traversal
    }
    const info = await transport.sendMail({ // also: path-traversal
      from: '"Support form" <no-reply@example-shop.com>',
      replyTo: req.user.email,
      to: 'support@example-shop.com',
      subject: `[#${ticket.id}] ${subject}`,
      text: String(message || ''),
      html: `<p>${escapeHtml(String(message || '')).replace(/\n/g, '<br>')}</p>`,
      attachments,
    })
    await archiveTransport.sendMail({ from: 'no-reply@example-shop.com', to: 'archive@example-shop.com', subject: `ticket ${ticket.id}`, text: String(message || '') })
    log.info({ ticket: ticket.id, messageId: info.messageId }, 'support mail sent')
    res.status(201).json({ ticket: ticket.id })
  } catch (err) {
    next(err)
  }
})

module.exports = router
