// corpus: path=src/services/users.js
const crypto = require('crypto')
const db = require('../db')

function etagFor(body) {
  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"' // ok: weak-hash
}

async function setPassword(userId, password) {
  const hash = crypto.createHash('md5').update(password).digest('hex') // expect: weak-hash
  await db('users').where({ id: userId }).update({ password_hash: hash })
}

module.exports = { etagFor, setPassword }
