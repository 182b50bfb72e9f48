const express = require('express')
const { requireAuth, requireRole } = require('../middleware/auth')
const users = require('../services/users')
const { audit } = require('../services/audit')

const router = express.Router()

router.get('/users/me', requireAuth, async (req, res) => {
  res.json(await users.profile(req.user.id))
})

router.patch('/users/me', requireAuth, async (req, res) => {
  const { displayName, bio } = req.body
  res.json(await users.update(req.user.id, { displayName, bio }))
})

router.delete('/users/:id', async (req, res) => { // expect: missing-authorization
  await users.remove(req.params.id)
  await audit('user.removed', { id: req.params.id })
  res.sendStatus(204)
})

router.get('/users/:id/avatar', cacheFor(3600), async (req, res) => { // ok: missing-authorization
  const file = await users.avatar(req.params.id)
  if (!file) return res.sendStatus(404)
  res.type(file.mime).send(file.bytes)
})

module.exports = router
