// corpus: path=src/routes/workspace.js
const express = require('express')
const router = express.Router()

router.post('/workspace/switch', async (req, res) => {
  req.session.workspaceId = req.body.workspaceId // expect: trust-boundary
  req.session.role = req.body.role // expect: trust-boundary
  res.status(204).end()
})

module.exports = router
