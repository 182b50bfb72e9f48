const express = require('express')
const { User, FeatureFlag } = require('../models')
const { requireAuth } = require('../middleware/auth')

const router = express.Router()
router.use(requireAuth)

router.post('/users/:id/impersonate', async (req, res) => {
  if (!req.user.isAdmin) return res.sendStatus(403)
  const target = await User.findByPk(req.params.id)
  if (!target) return res.sendStatus(404)
  req.session.impersonating = target.id
  res.json({ ok: true })
})

router.put('/flags/:name', async (req, res) => {
  if (!req.user.isAdmin) return res.sendStatus(403)
  const [flag] = await FeatureFlag.upsert({ name: req.params.name, enabled: Boolean(req.body.enabled) })
  res.json(flag)
})

router.get('/users/:id', async (req, res) => {
  if (req.user.role !== 'admin' && req.user.id !== Number(req.params.id)) {
    return res.status(403).json({ error: 'forbidden' })
  }
  const user = await User.findByPk(req.params.id, { attributes: ['id', 'email', 'name', 'role'] })
  res.json(user)
})

module.exports = router
