const nodemailer = require('nodemailer')
const Handlebars = require('handlebars')
const fs = require('fs')
const path = require('path')

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  secure: false,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

const templates = {}
function template(name) {
  if (!templates[name]) {
    const source = fs.readFileSync(path.join(__dirname, '..', 'emails', `${name}.hbs`), 'utf8')
    templates[name] = Handlebars.compile(source)
  }
  return templates[name]
}

async function sendInvite(to, inviter, note) {
  const html = template('invite')({ inviter, note })
  await transport.sendMail({ from: 'noreply@example.com', to, subject: `${inviter} invited you`, html })
}

module.exports = { sendInvite }
