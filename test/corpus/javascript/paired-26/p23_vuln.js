// corpus: path=src/controllers/account.js
const { Account } = require('../models')

async function updateAccount(req, res) {
  const account = await Account.findByPk(req.user.accountId)
  await account.update(req.body) // expect: mass-assignment
  res.json(account)
}

module.exports = { updateAccount }
