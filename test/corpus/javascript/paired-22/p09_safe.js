// corpus: path=src/routes/tags.js
const express = require('express')
const escapeStringRegexp = require('escape-string-regexp')
const { Tag } = require('../models')

const router = express.Router()

router.get('/tags/suggest', async (req, res) => {
  const prefix = req.query.prefix || ''
  const tags = await Tag.find({ name: { $regex: '^' + escapeStringRegexp(String(prefix)) } }).limit(10).lean() // ok: regex-injection
  res.json(tags.map((t) => t.name))
})

module.exports = router
