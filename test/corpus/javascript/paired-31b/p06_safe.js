// corpus: path=src/routes/organisations.js
const express = require('express')
const { Membership } = require('../models')

const router = express.Router()

router.post('/organisations/switch', async (req, res) => {
  const selection = { orgId: String(req.body.orgId), landing: req.body.landing }
  const membership = await Membership.findOne({ where: { userId: req.session.userId, orgId: selection.orgId } })
  if (!membership) return res.status(403).end()
  req.session.orgId = membership.orgId // ok: trust-boundary
  res.status(204).end()
})

module.exports = router
