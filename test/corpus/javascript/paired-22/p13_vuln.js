// corpus: path=src/routes/settings.js
const express = require('express')
const { Workspace } = require('../models')

const router = express.Router()

router.patch('/settings/:path', async (req, res) => {
  const ws = await Workspace.findByPk(req.user.workspaceId)
  const settings = ws.settings || {}
  const keys = req.params.path.split('.')
  let node = settings
  for (const key of keys.slice(0, -1)) node = node[key] = node[key] || {}
  node[keys[keys.length - 1]] = req.body.value // expect: prototype-pollution
  await ws.update({ settings })
  res.json(settings)
})

module.exports = router
