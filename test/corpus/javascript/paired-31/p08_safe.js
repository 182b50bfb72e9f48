// corpus: path=src/routes/preferences.js
const express = require('express')
const _ = require('lodash')
const { loadPrefs, savePrefs } = require('../services/preferences')

const router = express.Router()
const EDITABLE = new Set(['theme', 'locale', 'notifications.email', 'notifications.push', 'editor.fontSize'])

router.patch('/preferences', async (req, res) => {
  const prefs = await loadPrefs(req.user.id)
  for (const change of req.body.changes) {
    if (!EDITABLE.has(change.path)) return res.status(400).json({ error: `unknown setting ${change.path}` })
    _.set(prefs, change.path, change.value) // ok: prototype-pollution
  }
  await savePrefs(req.user.id, prefs)
  res.json(prefs)
})

module.exports = router
