// corpus: path=src/routes/directory.js
const express = require('express')
const { listEmployees } = require('../services/directory')

const router = express.Router()

// Find employees whose name starts with the given prefix.
router.get('/directory', async (req, res) => {
  const pattern = new RegExp('^' + req.query.prefix, 'i') // expect: regex-injection
  const people = (await listEmployees()).filter((p) => pattern.test(p.name))
  res.json(people)
})

module.exports = router
