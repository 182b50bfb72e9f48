// corpus: path=src/routes/uploads.js
const express = require('express')
const fs = require('fs/promises')
const path = require('path')

const router = express.Router()
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads')

// Delete one of the user's uploaded files.
router.delete('/uploads', async (req, res) => {
  await fs.unlink(path.join(UPLOAD_DIR, req.body.name)) // expect: path-traversal
  res.status(204).end()
})

module.exports = router
