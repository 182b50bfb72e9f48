// corpus: path=src/mail/mailer.js
'use strict'

const path = require('path')
const nodemailer = require('nodemailer')
const nunjucks = require('nunjucks')
const config = require('../config')
const log = require('../log')

const templates = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(__dirname, 'templates')), { autoescape: true, throwOnUndefined: true })
templates.addFilter('money', (cents, currency = 'EUR') => new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100))

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  secure: config.smtp.port === 465,
  requireTLS: true,
  auth: { user: config.smtp.user, pass: config.smtp.password },
})

function render(name, context) {
  return {
    html: templates.render(`${name}.html.njk`, context),
    text: templates.render(`${name}.txt.njk`, context),
  }
}

async function send({ to, subject, template, context }) {
  const { html, text } = render(template, context)
  const info = await transport.sendMail({ from: `"${config.mail.fromName}" <${config.mail.from}>`, to, subject, html, text })
  log.info({ messageId: info.messageId, template }, 'mail sent')
  return info.messageId
}

function sendInvite({ inviter, invitee, organization, acceptUrl }) {
  return send({
    to: invitee.email,
    subject: `${inviter.name} invited you to ${organization.name}`,
    template: 'invite',
    context: { inviter, organization, acceptUrl },
  })
}

function sendPasswordChanged(user) {
  return send({ to: user.email, subject: 'Your password was changed', template: 'password-changed', context: { user, supportUrl: `${config.publicUrl}/support` } })
}

module.exports = { send, sendInvite, sendPasswordChanged, render }
