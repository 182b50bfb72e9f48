// corpus: path=src/routes/contacts.js
const express = require('express')
const escapeRegExp = require('lodash/escapeRegExp')
const { Contact } = require('../models')
const router = express.Router()

router.get('/contacts/search', async (req, res) => {
  const pattern = new RegExp('^' + escapeRegExp(String(req.query.prefix || '')), 'i') // ok: regex-injection
  const contacts = await Contact.find({ ownerId: req.user.id, name: pattern }).limit(25)
  res.json(contacts)
})

module.exports = router
