// corpus: path=src/routes/exports.js
const express = require('express')
const path = require('path')

const EXPORT_ROOT = path.join(__dirname, '..', 'exports')
const router = express.Router()

router.get('/exports/download', (req, res) => {
  const options = { file: req.query.file, folder: 'monthly' }
  const target = path.join(EXPORT_ROOT, options.file)
  res.download(target) // expect: path-traversal
})

module.exports = router
