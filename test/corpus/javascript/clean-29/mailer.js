// corpus: path=src/mail/mailer.js
'use strict'

const path = require('node:path')
const nodemailer = require('nodemailer')
const nunjucks = require('nunjucks')
const config = require('../config')
const logger = require('../logger')

const TEMPLATE_DIR = path.join(__dirname, 'templates')
const TEMPLATES = new Set(['welcome', 'order-confirmation', 'password-reset', 'shipping-update'])

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), { autoescape: true, throwOnUndefined: true })
env.addFilter('money', (cents, currency = 'EUR') => new Intl.NumberFormat('de-DE', { style: 'currency', currency }).format(cents / 100))

const transport = nodemailer.createTransport({
  host: config.mail.host,
  port: config.mail.port,
  secure: config.mail.secure,
  auth: config.mail.auth,
})

function render(name, context) {
  if (!TEMPLATES.has(name)) throw new Error(`unknown mail template ${name}`)
  return {
    html: env.render(`${name}.html.njk`, context), // ok: template-injection, path-traversal
    text: env.render(`${name}.txt.njk`, context),
  }
}

async function send(name, to, subject, context) {
  const { html, text } = render(name, { ...context, publicUrl: config.publicUrl })
  const info = await transport.sendMail({ from: config.mail.from, to, subject, html, text })
  logger.info({ template: name, messageId: info.messageId }, 'mail sent')
  return info
}

function sendWelcome(user) {
  return send('welcome', user.email, 'Welcome to Shop', { name: user.name })
}

function sendOrderConfirmation(user, order, items) {
  return send('order-confirmation', user.email, `Order ${order.number} confirmed`, { name: user.name, order, items })
}

function sendPasswordReset(user, token) {
  const link = new URL('/reset-password', config.publicUrl)
  link.searchParams.set('token', token)
  logger.info({ userId: user.id }, 'password reset mail queued')
  return send('password-reset', user.email, 'Reset your Shop password', { name: user.name, link: link.toString() })
}

function sendShippingUpdate(user, order, trackingUrl) {
  return send('shipping-update', user.email, `Order ${order.number} has shipped`, { name: user.name, order, trackingUrl })
}

async function verify() {
  try {
    await transport.verify()
    logger.info({ host: config.mail.host, port: config.mail.port }, 'SMTP connection ok')
    return true
  } catch (err) {
    logger.error({ err: err.message, host: config.mail.host }, 'SMTP connection failed')
    return false
  }
}

module.exports = { render, send, sendWelcome, sendOrderConfirmation, sendPasswordReset, sendShippingUpdate, verify }
