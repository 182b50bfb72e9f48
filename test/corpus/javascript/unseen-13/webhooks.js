const express = require('express')
const crypto = require('crypto')
const axios = require('axios')
const { Webhook } = require('../models')
const { requireAuth } = require('../middleware/auth')
const { assertPublicUrl } = require('../lib/net')

const router = express.Router()

router.get('/', requireAuth, async (req, res) => {
  const hooks = await Webhook.findAll({ where: { accountId: req.user.accountId } })
  res.json(hooks)
})

router.post('/', requireAuth, async (req, res) => {
  const { url, events } = req.body
  const secret = crypto.randomBytes(24).toString('hex')
  const hook = await Webhook.create({ accountId: req.user.accountId, url, events, secret })
  res.status(201).json({ id: hook.id, secret })
})

router.post('/test', requireAuth, async (req, res) => {
  const { url } = req.body
  try {
    const result = await axios.post(url, { event: 'ping' }, { timeout: 3000 }) // expect: ssrf
    res.json({ ok: true, status: result.status })
  } catch (err) {
    res.json({ ok: false, error: err.message })
  }
})

router.post('/:id/replay', requireAuth, async (req, res) => {
  const hook = await Webhook.findOne({ where: { id: req.params.id, accountId: req.user.accountId } })
  if (!hook) return res.sendStatus(404)
  await assertPublicUrl(hook.url)
  await deliver(hook, 'replay', req.body.payload) // ok: ssrf
  res.sendStatus(202)
})

router.post('/verify', (req, res) => {
  const expected = crypto.createHash('md5').update(req.body.payload + req.body.secret).digest('hex') // expect: weak-hash
  res.json({ valid: expected === req.body.signature })
})

async function deliver(hook, event, payload) {
  const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() })
  const signature = crypto.createHmac('sha256', hook.secret).update(body).digest('hex')
  await axios.post(hook.url, body, {
    headers: { 'content-type': 'application/json', 'x-signature': signature },
    timeout: 5000,
  })
}

module.exports = { router, deliver }
