// corpus: path=src/routes/files.js
const path = require('path')
const express = require('express')

const router = express.Router()
const EXPORTS = '/srv/exports'

router.get('/exports/:name', (req, res) => {
  const name = decodeURIComponent(req.params.name)
  res.sendFile(path.join(EXPORTS, name)) // expect: path-traversal
})

module.exports = router
