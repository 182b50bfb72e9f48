// corpus: path=server/services/account.js changeset=account
const path = require('path')
const db = require('../db')

const AVATARS = path.resolve(__dirname, '../../uploads/avatars')

exports.updateEmail = function (userId, email) {
  return db.query('UPDATE users SET email = ? WHERE id = ?', [email, userId]) // ok: sql-injection
}

exports.afterSaveUrl = function (returnTo) {
  return returnTo || '/account'
}

exports.avatarPath = function (file) {
  const resolved = path.resolve(AVATARS, file)
  if (!resolved.startsWith(AVATARS + path.sep)) throw new Error('bad avatar path')
  return resolved
}
