// corpus: path=src/routes/settings.js
const express = require('express')
const _ = require('lodash')

const router = express.Router()
const settings = {}

// Update one setting, addressed by a dotted path such as "ui.theme".
router.patch('/settings', (req, res) => {
  _.set(settings, req.body.path, req.body.value) // expect: prototype-pollution
  res.json(settings)
})

module.exports = router
