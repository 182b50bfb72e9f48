// corpus: path=src/routes/preferences.js
const express = require('express')
const router = express.Router()

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      target[key] = deepMerge(target[key] || {}, source[key])
    } else {
      target[key] = source[key] // expect: prototype-pollution
    }
  }
  return target
}

router.patch('/preferences', async (req, res) => {
  const prefs = await req.store.getPreferences(req.user.id)
  await req.store.savePreferences(req.user.id, deepMerge(prefs, req.body))
  res.status(204).end()
})

module.exports = router
