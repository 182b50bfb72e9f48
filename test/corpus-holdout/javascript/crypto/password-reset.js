// corpus: path=src/auth/password-reset.js
const crypto = require('node:crypto')
const { db } = require('../db')
const mailer = require('../mailer')

const TOKEN_TTL_MS = 60 * 60 * 1000

function newToken() {
  return crypto.randomBytes(32).toString('base64url') // ok: insecure-random
}

function digest(token) {
  return crypto.createHash('md5').update(token).digest('hex') // expect: weak-hash
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
