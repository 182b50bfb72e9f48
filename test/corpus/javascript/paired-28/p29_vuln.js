// corpus: path=src/routes/users.js
const express = require('express')
const fs = require('fs')
const xpath = require('xpath')
const { DOMParser } = require('@xmldom/xmldom')

const router = express.Router()
const doc = new DOMParser().parseFromString(fs.readFileSync('data/users.xml', 'utf8'), 'text/xml')

// Look up a user's department in the XML directory.
router.get('/users/department', (req, res) => {
  const nodes = xpath.select(`//user[login='${req.query.login}']/department/text()`, doc) // expect: xpath-injection
  res.json({ department: nodes.length ? nodes[0].nodeValue : null })
})

module.exports = router
