const crypto = require('node:crypto')
const { db } = require('../db')
const mailer = require('../mailer')

const TOKEN_TTL_MS = 60 * 60 * 1000


function digest(token) {
  return crypto.createHash('sha256').update(token).digest('hex')
}

async function requestReset(email) {
  const user = await db.users.findOne({ email })
  if (!user) return
  const token = newToken()
  await db.resetTokens.insert({ userId: user.id, digest: digest(token), expiresAt: new Date(Date.now() + TOKEN_TTL_MS) })
  await mailer.send(user.email, 'reset-password', { link: `https://app.example.com/reset?token=${token}` })
}

async function consume(token) {
  const row = await db.resetTokens.findOne({ digest: digest(token) })
  if (!row || row.expiresAt < new Date()) return null
  await db.resetTokens.delete({ id: row.id })
  return row.userId
}

module.exports = { requestReset, consume }
