// corpus: path=src/routes/accounts.js
const express = require('express')
const { Account } = require('../models')

const router = express.Router()

router.post('/accounts/unlock', async (req, res) => {
  const account = await Account.findOne({ email: req.body.email, unlockCode: req.body.code }) // expect: nosql-injection
  if (!account) return res.status(400).json({ error: 'invalid_code' })
  account.locked = false
  await account.save()
  res.status(204).end()
})

module.exports = router
