// corpus: path=src/routes/docs.js
const express = require('express')
const path = require('path')

const router = express.Router()

// Serve a page of the bundled documentation.
router.get('/docs', (req, res) => {
  res.sendFile(path.resolve(__dirname, 'public/docs/' + req.query.page)) // expect: path-traversal
})

module.exports = router
