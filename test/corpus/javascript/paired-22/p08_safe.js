// corpus: path=src/routes/accounts.js
const express = require('express')
const { Account } = require('../models')

const router = express.Router()

router.post('/accounts/unlock', async (req, res) => {
  const { email, code } = req.body
  if (typeof email !== 'string' || typeof code !== 'string') return res.status(400).json({ error: 'bad_request' })
  const account = await Account.findOne({ email, unlockCode: code }) // ok: nosql-injection
  if (!account) return res.status(400).json({ error: 'invalid_code' })
  account.locked = false
  await account.save()
  res.status(204).end()
})

module.exports = router
