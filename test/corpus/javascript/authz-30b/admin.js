const express = require('express')
const { User, FeatureFlag } = require('../models')
const { requireAuth, requireAdmin } = require('../middleware/auth')

const router = express.Router()
router.use(requireAuth)

router.post('/users/:id/impersonate', async (req, res) => {
  const target = await User.findByPk(req.params.id, { attributes: ['id', 'email'] }) // expect: missing-authorization
  if (!target) return res.sendStatus(404)
  req.session.impersonating = target.id
  res.json({ ok: true })
})

router.put('/flags/:name', requireAdmin, async (req, res) => { // ok: missing-authorization
  const [flag] = await FeatureFlag.upsert({ name: req.params.name, enabled: Boolean(req.body.enabled) })
  res.json(flag)
})

router.get('/users/:id', async (req, res) => {
  if (!canViewUser(req.user, req.params.id)) { // ok: missing-authorization
    return res.status(403).json({ error: 'forbidden' })
  }
  const user = await User.findByPk(req.params.id, { attributes: ['id', 'email', 'name', 'role'] })
  res.json(user)
})

function canViewUser(user, id) {
  return user.role === 'admin' || user.id === Number(id)
}

module.exports = router
