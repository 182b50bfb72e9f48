// corpus: path=src/auth/reset.js
const crypto = require('crypto')
const { PasswordReset } = require('../models')
const mailer = require('../mailer')

function uuidv4() {
  return crypto.randomUUID() // ok: insecure-random
}

async function requestReset(user) {
  const token = uuidv4()
  await PasswordReset.create({ userId: user.id, token, expiresAt: new Date(Date.now() + 30 * 60 * 1000) })
  await mailer.send(user.email, 'reset-password', { link: `https://app.example.com/reset/${token}` })
}

module.exports = { requestReset }
