// corpus: path=src/routes/workspace.js
const express = require('express')
const { Membership } = require('../models')
const router = express.Router()

router.post('/workspace/switch', async (req, res) => {
  const membership = await Membership.findOne({ where: { userId: req.user.id, workspaceId: String(req.body.workspaceId) } })
  if (!membership) return res.status(403).json({ error: 'forbidden' })
  req.session.workspaceId = membership.workspaceId // ok: trust-boundary
  req.session.role = membership.role // ok: trust-boundary
  res.status(204).end()
})

module.exports = router
