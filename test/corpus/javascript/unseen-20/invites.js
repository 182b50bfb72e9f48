// corpus: path=src/controllers/invites.js
const express = require('express')
const crypto = require('crypto')
const jwt = require('jsonwebtoken')
const serialize = require('node-serialize')
const cors = require('cors')
const { Invite, User } = require('../models')
const mailer = require('../lib/mailer')

const router = express.Router()

router.use(cors({ origin: (origin, cb) => cb(null, origin), credentials: true })) // expect: permissive-cors

function makeInviteCode() {
  return Math.random().toString(36).slice(2, 12) // expect: insecure-random
}

function shuffleColours(colours) {
  return colours.map((c) => ({ c, k: Math.random() })).sort((a, b) => a.k - b.k).map((x) => x.c) // ok: insecure-random
}

router.post('/invites', async (req, res) => {
  const code = makeInviteCode()
  const invite = await Invite.create({ email: req.body.email, code, teamId: req.user.teamId })
  await mailer.send(req.body.email, 'You are invited', `Join with code ${invite.code}`)
  res.status(201).json({ id: invite.id, colours: shuffleColours(['red', 'blue', 'green']) })
})

router.post('/invites/accept', async (req, res) => {
  const invite = await Invite.findOne({ where: { code: req.body.code } })
  if (!invite) return res.status(404).json({ error: 'unknown invite' })
  const hash = crypto.createHash('md5').update(req.body.password).digest('hex') // expect: weak-hash
  const user = await User.create({ email: invite.email, passwordHash: hash })
  const etag = crypto.createHash('md5').update(JSON.stringify(user.toJSON())).digest('hex') // ok: weak-hash
  res.set('ETag', etag)
  res.cookie('session', jwt.sign({ sub: user.id }, process.env.JWT_SECRET), { httpOnly: false }) // expect: insecure-cookie
  res.cookie('seen_invite', '1', { maxAge: 86400000 }) // ok: insecure-cookie
  res.json({ id: user.id })
})

router.get('/invites/claims', (req, res) => {
  const claims = jwt.decode(req.headers.authorization.replace('Bearer ', '')) // expect: jwt-weak
  res.json({ team: claims.teamId })
})

router.get('/invites/verify', (req, res) => {
  const token = req.query.token
  const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
  res.json({ ok: true, sub: claims.sub })
})

router.post('/invites/prefs', (req, res) => {
  const prefs = serialize.unserialize(req.cookies.prefs) // expect: unsafe-deserialization
  const saved = JSON.parse(req.body.prefs || '{}') // ok: unsafe-deserialization
  res.json({ ...prefs, ...saved })
})

router.post('/invites/filter', async (req, res) => {
  const predicate = new Function('invite', `return ${req.body.expression}`) // expect: code-injection
  const invites = await Invite.findAll({ where: { teamId: req.user.teamId } })
  res.json(invites.filter(predicate))
})

router.post('/invites/sort', async (req, res) => {
  const allowed = { newest: (a, b) => b.createdAt - a.createdAt, email: (a, b) => a.email.localeCompare(b.email) }
  const compare = allowed[req.body.sort] || allowed.newest
  const invites = await Invite.findAll({ where: { teamId: req.user.teamId } })
  res.json(invites.sort(compare))
})

router.get('/invites/:id/reset', async (req, res) => {
  const resetToken = crypto.randomBytes(24).toString('hex') // ok: insecure-random
  const requestId = Math.floor(Math.random() * 1e6) // ok: insecure-random
  await Invite.update({ resetToken }, { where: { id: req.params.id } })
  res.json({ requestId })
})

module.exports = router
