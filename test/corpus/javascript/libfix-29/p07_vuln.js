// corpus: path=lib/tokens.js
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'

function randomToken(length = 32) {
  let out = ''
  for (let i = 0; i < length; i++) {
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)] // expect: insecure-random
  }
  return out
}

function createResetToken(userId) {
  return { userId, token: randomToken(40), expiresAt: Date.now() + 3600_000 }
}

module.exports = { createResetToken }
