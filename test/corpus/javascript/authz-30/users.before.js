const express = require('express')
const { requireAuth, requireRole } = require('../middleware/auth')
const users = require('../services/users')

const router = express.Router()

router.get('/users/me', requireAuth, async (req, res) => {
  res.json(await users.profile(req.user.id))
})

router.patch('/users/me', requireAuth, async (req, res) => {
  const { displayName, bio } = req.body
  res.json(await users.update(req.user.id, { displayName, bio }))
})

router.delete('/users/:id', requireAuth, requireRole('admin'), async (req, res) => {
  await users.remove(req.params.id)
  res.sendStatus(204)
})

router.get('/users/:id/avatar', async (req, res) => {
  const file = await users.avatar(req.params.id)
  if (!file) return res.sendStatus(404)
  res.type(file.mime).send(file.bytes)
})

module.exports = router
