const express = require('express')
const mongoose = require('mongoose')
const _ = require('lodash')
const { requireUser, requireAdmin } = require('../middleware/auth')

const User = mongoose.model('User')
const router = express.Router()

function escapeRegex(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

router.get('/me', requireUser, async (req, res) => {
  const user = await User.findById(req.user.id).select('email name avatar').lean()
  res.json(user)
})

router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, apiToken: req.body.token }) // expect: nosql-injection
  if (!user) return res.status(401).json({ error: 'unauthorized' })
  res.json({ id: user.id })
})

router.post('/lookup', requireAdmin, async (req, res) => {
  const email = String(req.body.email || '').toLowerCase()
  const user = await User.findOne({ email }).select('email name').lean() // ok: nosql-injection
  res.json(user)
})

router.get('/search', requireAdmin, async (req, res) => {
  const users = await User.find({ name: new RegExp(req.query.q, 'i') }).limit(20).lean() // expect: regex-injection
  res.json(users)
})

router.get('/search-safe', requireAdmin, async (req, res) => {
  const users = await User.find({ name: new RegExp('^' + escapeRegex(req.query.q), 'i') }).limit(20).lean() // ok: regex-injection
  res.json(users)
})

router.get('/active', requireAdmin, async (req, res) => {
  const since = req.query.since
  const users = await User.find({ $where: `this.lastSeen > new Date('${since}')` }).lean() // expect: nosql-injection
  res.json(users)
})

router.post('/', requireAdmin, async (req, res) => {
  const user = await User.create(req.body) // expect: mass-assignment
  res.status(201).json({ id: user.id })
})

router.patch('/me', requireUser, async (req, res) => {
  const changes = _.pick(req.body, ['name', 'avatar', 'locale'])
  await User.updateOne({ _id: req.user.id }, { $set: changes }) // ok: mass-assignment, nosql-injection
  res.status(204).end()
})

router.patch('/me/preferences', requireUser, async (req, res) => {
  const user = await User.findById(req.user.id)
  const prefs = user.preferences || {}
  for (const [section, values] of Object.entries(req.body)) {
    prefs[section] = prefs[section] || {}
    for (const [key, value] of Object.entries(values)) {
      prefs[section][key] = value // expect: prototype-pollution
    }
  }
  user.preferences = prefs
  user.markModified('preferences')
  await user.save()
  res.json(prefs)
})

router.patch('/me/flags', requireUser, async (req, res) => {
  const flags = new Map(Object.entries(req.body.flags || {}))
  await User.updateOne({ _id: req.user.id }, { $set: { flags: Object.fromEntries(flags) } }) // ok: prototype-pollution
  res.status(204).end()
})

router.post('/me/session-locale', requireUser, (req, res) => {
  req.session.locale = String(req.body.locale || 'en').slice(0, 5) // ok: trust-boundary
  req.session.role = req.body.role // expect: trust-boundary
  res.status(204).end()
})

module.exports = router
