// corpus: path=src/routes/directory.js
const express = require('express')
const { listEmployees } = require('../services/directory')

const router = express.Router()

// Find employees whose name starts with the given prefix.
router.get('/directory', async (req, res) => {
  const prefix = String(req.query.prefix || '').toLowerCase()
  const people = (await listEmployees()).filter((p) => p.name.toLowerCase().startsWith(prefix)) // ok: regex-injection
  res.json(people)
})

module.exports = router
