// corpus: path=src/lib/mailer.js
const nodemailer = require('nodemailer')

const transporter = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: {
    user: 'apikey',
    pass: process.env.SENDGRID_API_KEY, // ok: hardcoded-secret
  },
})

async function sendReceipt(to, order) {
  await transporter.sendMail({
    from: 'Shop <receipts@shop.example>',
    to,
    subject: `Receipt for order ${order.number}`,
    text: `Thanks for your order. Total: ${order.total}`,
  })
}

module.exports = { sendReceipt }
