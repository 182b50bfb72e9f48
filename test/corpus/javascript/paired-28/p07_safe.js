// corpus: path=src/routes/settings.js
const express = require('express')
const _ = require('lodash')

const router = express.Router()
const settings = {}
const PATHS = new Set(['ui.theme', 'ui.density', 'notifications.email', 'notifications.push'])

// Update one setting, addressed by a dotted path such as "ui.theme".
router.patch('/settings', (req, res) => {
  if (!PATHS.has(req.body.path)) return res.status(400).json({ error: 'unknown_setting' })
  _.set(settings, req.body.path, req.body.value) // ok: prototype-pollution
  res.json(settings)
})

module.exports = router
