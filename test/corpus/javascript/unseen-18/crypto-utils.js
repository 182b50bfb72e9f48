// corpus: path=lib/crypto-utils.js
'use strict'

const crypto = require('crypto')
const serialize = require('node-serialize')

const KEY = Buffer.from(process.env.DATA_KEY || '', 'base64')

function encryptLegacy(text, password) {
  const cipher = crypto.createCipher('des-ede3', password) // expect: weak-cipher
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex')
}

function encrypt(text) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv) // ok: weak-cipher
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')
}

function decrypt(payload) {
  const raw = Buffer.from(payload, 'base64')
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

function restoreSession(req) {
  const cookie = req.cookies.profile
  if (!cookie) return null
  return serialize.unserialize(Buffer.from(cookie, 'base64').toString()) // expect: unsafe-deserialization
}

function fingerprint(buffer) {
  return crypto.createHash('md5').update(buffer).digest('hex')
}

function apiKey() {
  return 'ak_' + crypto.randomBytes(24).toString('base64url')
}

module.exports = { encryptLegacy, encrypt, decrypt, restoreSession, fingerprint, apiKey }
