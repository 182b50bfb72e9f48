// corpus: path=src/mailer.js
const nodemailer = require('nodemailer')

const templates = require('./templates')

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT) || 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

const relay = nodemailer.createTransport({ // expect: tls-verify-disabled
  host: 'relay.mail-partner.com',
  port: 465,
  secure: true,
  auth: { user: 'orders-relay', pass: 'Gq8#zR2v!Lm5' }, // expect: hardcoded-secret
  tls: { rejectUnauthorized: false },
})

async function sendReceipt(order) {
  const html = templates.receipt(order)
  const via = order.region === 'eu' ? relay : transport
  await via.sendMail({
    from: 'Orders <orders@example.com>',
    to: order.customerEmail,
    subject: `Receipt for order ${order.number}`,
    html,
  })
}

module.exports = { sendReceipt }
