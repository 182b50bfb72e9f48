// corpus: path=src/routes/tags.js
const express = require('express')
const { Tag } = require('../models')

const router = express.Router()

router.get('/tags/suggest', async (req, res) => {
  const prefix = req.query.prefix || ''
  const tags = await Tag.find({ name: { $regex: '^' + prefix } }).limit(10).lean() // expect: regex-injection
  res.json(tags.map((t) => t.name))
})

module.exports = router
