// corpus: path=src/mailer.js
const nodemailer = require('nodemailer')
const path = require('node:path')
const fs = require('node:fs/promises')
const Handlebars = require('handlebars')

const TEMPLATE_DIR = path.join(__dirname, 'templates', 'mail')
const cache = new Map()

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  secure: process.env.SMTP_PORT === '465',
  auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
  pool: true,
  maxConnections: 3,
})

async function template(name) {
  if (cache.has(name)) return cache.get(name)
  const [html, text] = await Promise.all([
    fs.readFile(path.join(TEMPLATE_DIR, `${name}.html.hbs`), 'utf8'),
    fs.readFile(path.join(TEMPLATE_DIR, `${name}.txt.hbs`), 'utf8'),
  ])
  const compiled = { html: Handlebars.compile(html), text: Handlebars.compile(text) }
  cache.set(name, compiled)
  return compiled
}

async function send(to, name, data, { replyTo } = {}) {
  const t = await template(name)
  const subject = data.subject ?? name.replace(/-/g, ' ')
  return transport.sendMail({
    from: process.env.MAIL_FROM || 'Example <no-reply@example.com>',
    to,
    subject,
    html: t.html(data),
    text: t.text(data),
    ...(replyTo ? { replyTo } : {}),
  })
}

async function verify() {
  try {
    await transport.verify()
    return true
  } catch (err) {
    process.emitWarning(`SMTP not reachable: ${err.message}`)
    return false
  }
}

module.exports = { send, verify }
