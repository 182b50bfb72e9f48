// corpus: path=src/routes/organisations.js
const express = require('express')

const router = express.Router()

router.post('/organisations/switch', (req, res) => {
  const selection = { orgId: req.body.orgId, landing: req.body.landing }
  req.session.orgId = selection.orgId // expect: trust-boundary
  res.status(204).end()
})

module.exports = router
