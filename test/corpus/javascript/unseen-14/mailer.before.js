const nodemailer = require('nodemailer')

const templates = require('./templates')

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT) || 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

async function sendReceipt(order) {
  const html = templates.receipt(order)
  await transport.sendMail({
    from: 'Orders <orders@example.com>',
    to: order.customerEmail,
    subject: `Receipt for order ${order.number}`,
    html,
  })
}

module.exports = { sendReceipt }
