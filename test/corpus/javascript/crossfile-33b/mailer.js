// corpus: path=server/services/mailer.js changeset=account
const nodemailer = require('nodemailer')

const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, secure: false, requireTLS: true })

exports.sendConfirmation = function (to, displayName) {
  return transport.sendMail({
    from: 'Accounts <accounts@example.com>',
    to,
    subject: 'Confirm your new email address',
    html: `<p>Hello ${displayName},</p><p>Please confirm this address.</p>`,
  })
}
