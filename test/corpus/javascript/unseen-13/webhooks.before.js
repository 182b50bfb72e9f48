const express = require('express')
const crypto = require('crypto')
const axios = require('axios')
const { Webhook } = require('../models')
const { requireAuth } = require('../middleware/auth')

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

async function deliver(hook, event, payload) {
  const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() })
  const signature = crypto.createHmac('sha256', hook.secret).update(body).digest('hex')
  await axios.post(hook.url, body, {
    headers: { 'content-type': 'application/json', 'x-signature': signature },
    timeout: 5000,
  })
}

module.exports = { router, deliver }
