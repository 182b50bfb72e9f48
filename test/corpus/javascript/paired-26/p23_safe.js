// corpus: path=src/controllers/account.js
const pick = require('lodash/pick')
const { Account } = require('../models')

async function updateAccount(req, res) {
  const account = await Account.findByPk(req.user.accountId)
  await account.update(pick(req.body, ['displayName', 'timezone', 'locale'])) // ok: mass-assignment
  res.json(account)
}

module.exports = { updateAccount }
