// corpus: path=src/auth/reset.js
const { PasswordReset } = require('../models')
const mailer = require('../mailer')

function uuidv4() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0 // expect: insecure-random
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16)
  })
}

async function requestReset(user) {
  const token = uuidv4() // also: insecure-random
  await PasswordReset.create({ userId: user.id, token, expiresAt: new Date(Date.now() + 30 * 60 * 1000) })
  await mailer.send(user.email, 'reset-password', { link: `https://app.example.com/reset/${token}` })
}

module.exports = { requestReset }
