// corpus: path=lib/tokens.js
const crypto = require('crypto')

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'

function randomToken(length = 32) {
  let out = ''
  for (let i = 0; i < length; i++) {
    out += ALPHABET[crypto.randomInt(ALPHABET.length)] // ok: insecure-random
  }
  return out
}

function createResetToken(userId) {
  return { userId, token: randomToken(40), expiresAt: Date.now() + 3600_000 }
}

module.exports = { createResetToken }
