// corpus: path=src/routes/docs.js
const express = require('express')
const path = require('path')

const router = express.Router()

// Serve a page of the bundled documentation.
router.get('/docs', (req, res) => {
  res.sendFile(String(req.query.page), { root: path.resolve(__dirname, 'public/docs') }) // ok: path-traversal
})

module.exports = router
