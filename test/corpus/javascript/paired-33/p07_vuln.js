// corpus: path=src/services/accounts.js
const CryptoJS = require('crypto-js')
const { User } = require('../models')

async function createAccount({ email, password }) {
  const salt = CryptoJS.lib.WordArray.random(16).toString()
  const passwordHash = CryptoJS.MD5(salt + password).toString() // expect: weak-hash
  return User.create({ email: email.toLowerCase(), salt, passwordHash })
}

async function checkPassword(user, password) {
  return CryptoJS.MD5(user.salt + password).toString() === user.passwordHash // expect: weak-hash
}

module.exports = { createAccount, checkPassword }
