const express = require('express')
const crypto = require('crypto')
const bcrypt = require('bcrypt')
const cors = require('cors')
const logger = require('../lib/logger')
const { User, ApiKey } = require('../models')

const router = express.Router()
const RESET_SECRET = process.env.RESET_SECRET

router.use('/public', cors({ origin: ['https://www.example.com', 'https://app.example.com'], credentials: true })) // ok: permissive-cors
router.use('/partner', cors({ origin: true, credentials: true })) // expect: permissive-cors

router.post('/login', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) } })
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) {
    logger.warn(`failed login for ${req.body.email} with password ${req.body.password}`) // expect: sensitive-logging, log-injection
    return res.status(401).json({ error: 'invalid_credentials' })
  }
  req.session.userId = user.id
  res.cookie('remember', user.rememberToken, { maxAge: 30 * 24 * 3600 * 1000 }) // expect: insecure-cookie
  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { sameSite: 'lax' }) // ok: insecure-cookie
  res.json({ id: user.id, name: user.name })
})

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.status(204).end())
})

router.post('/register', async (req, res) => {
  const passwordHash = crypto.createHash('sha1').update(req.body.password).digest('hex') // expect: weak-hash
  const user = await User.create({ email: String(req.body.email), passwordHash })
  res.status(201).json({ id: user.id })
})

router.post('/api-keys', async (req, res) => {
  const raw = crypto.randomBytes(32).toString('base64url')
  const digest = crypto.createHash('sha256').update(raw).digest('hex') // ok: weak-hash
  await ApiKey.create({ userId: req.session.userId, digest, label: String(req.body.label || '') })
  res.status(201).json({ key: raw })
})

router.post('/password-reset', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) } })
  if (user) {
    const code = Math.random().toString(36).slice(2, 10) // expect: insecure-random
    await user.update({ resetCode: code, resetExpires: new Date(Date.now() + 3600e3) })
  }
  res.status(202).json({ ok: true })
})

router.post('/password-reset/confirm', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) } })
  if (!user || user.resetCode !== req.body.code) return res.status(400).json({ error: 'bad_code' }) // expect: timing-unsafe-comparison
  await user.update({ passwordHash: await bcrypt.hash(String(req.body.password), 12), resetCode: null })
  res.status(204).end()
})

router.post('/password-reset/confirm-v2', async (req, res) => {
  const mac = crypto.createHmac('sha256', RESET_SECRET).update(String(req.body.email)).digest()
  const given = Buffer.from(String(req.body.signature || ''), 'hex')
  if (given.length !== mac.length || !crypto.timingSafeEqual(given, mac)) return res.status(400).end() // ok: timing-unsafe-comparison
  res.status(204).end()
})

router.get('/shuffle', (req, res) => {
  const order = [1, 2, 3, 4].sort(() => Math.random() - 0.5) // ok: insecure-random
  res.json({ order })
})

router.post('/profile', async (req, res) => {
  const user = await User.findByPk(req.session.userId)
  await user.update(req.body) // expect: mass-assignment
  logger.info(`profile updated for user ${user.id}`)
  res.json({ ok: true })
})

router.post('/profile/display-name', async (req, res) => {
  const user = await User.findByPk(req.session.userId)
  await user.update({ displayName: String(req.body.displayName).slice(0, 80) }) // ok: mass-assignment
  logger.info('display name changed: ' + req.body.displayName) // expect: log-injection
  res.json({ ok: true })
})

module.exports = router
