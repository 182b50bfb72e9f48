// corpus: path=src/routes/settings.js
const express = require('express')
const { Workspace } = require('../models')

const router = express.Router()
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

router.patch('/settings/:path', async (req, res) => {
  const ws = await Workspace.findByPk(req.user.workspaceId)
  const settings = ws.settings || {}
  const keys = req.params.path.split('.')
  if (keys.some((k) => FORBIDDEN.has(k))) return res.status(400).json({ error: 'bad_request' })
  let node = settings
  for (const key of keys.slice(0, -1)) node = node[key] = node[key] || {}
  node[keys[keys.length - 1]] = req.body.value // ok: prototype-pollution
  await ws.update({ settings })
  res.json(settings)
})

module.exports = router
