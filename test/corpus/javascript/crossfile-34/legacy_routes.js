// corpus: path=src/routes/integrations.js changeset=legacy
'use strict'

const express = require('express')
const { fetchJson, fetchStatus } = require('../lib/http-fetch')

const router = express.Router()

const PARTNER_STATUS = {
  ledger: 'https://status.ledger.example.com/api/health',
  crm: 'https://crm.example.com/health',
}

router.post('/integrations/preview', express.json(), async (req, res, next) => {
  try {
    const manifest = await fetchJson(req.body.manifestUrl) // expect: ssrf
    res.json({ name: manifest.name, version: manifest.version })
  } catch (err) {
    next(err)
  }
})

router.get('/integrations/:partner/status', async (req, res, next) => {
  const url = PARTNER_STATUS[req.params.partner]
  if (!url) return res.sendStatus(404)
  try {
    res.json({ status: await fetchStatus(url) }) // ok: ssrf
  } catch (err) {
    next(err)
  }
})

module.exports = router
