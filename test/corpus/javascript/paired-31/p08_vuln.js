// corpus: path=src/routes/preferences.js
const express = require('express')
const _ = require('lodash')
const { loadPrefs, savePrefs } = require('../services/preferences')

const router = express.Router()

router.patch('/preferences', async (req, res) => {
  const prefs = await loadPrefs(req.user.id)
  for (const change of req.body.changes) {
    _.set(prefs, change.path, change.value) // expect: prototype-pollution
  }
  await savePrefs(req.user.id, prefs)
  res.json(prefs)
})

module.exports = router
