// corpus: path=src/routes/contacts.js
const express = require('express')
const { Contact } = require('../models')
const router = express.Router()

router.get('/contacts/search', async (req, res) => {
  const pattern = new RegExp('^' + req.query.prefix, 'i') // expect: regex-injection
  const contacts = await Contact.find({ ownerId: req.user.id, name: pattern }).limit(25)
  res.json(contacts)
})

module.exports = router
