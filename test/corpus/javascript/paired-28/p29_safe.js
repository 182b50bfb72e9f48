// corpus: path=src/routes/users.js
const express = require('express')
const fs = require('fs')
const xpath = require('xpath')
const { DOMParser } = require('@xmldom/xmldom')

const router = express.Router()
const doc = new DOMParser().parseFromString(fs.readFileSync('data/users.xml', 'utf8'), 'text/xml')

// Look up a user's department in the XML directory.
router.get('/users/department', (req, res) => {
  const login = String(req.query.login || '')
  if (!/^[a-z0-9._-]{1,32}$/i.test(login)) return res.status(400).json({ error: 'bad_login' })
  const nodes = xpath.select(`//user[login='${login}']/department/text()`, doc) // ok: xpath-injection
  res.json({ department: nodes.length ? nodes[0].nodeValue : null })
})

module.exports = router
