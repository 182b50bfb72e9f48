// corpus: path=src/services/hooks.js
const express = require('express')
const axios = require('axios')
const got = require('got')
const { URL } = require('url')
const dns = require('dns').promises
const ipaddr = require('ipaddr.js')
const { Hook } = require('../models')

const router = express.Router()
const ALLOWED_REDIRECTS = new Set(['/dashboard', '/hooks', '/settings'])

async function isPublicHost(hostname) {
  const { address } = await dns.lookup(hostname)
  return ipaddr.parse(address).range() === 'unicast'
}

router.post('/hooks/test', async (req, res) => {
  const { target, payload } = req.body
  try {
    const response = await axios.post(target, payload || { ping: true }, { timeout: 5000 }) // expect: ssrf
    res.json({ status: response.status })
  } catch (err) {
    res.status(502).json({ error: err.message })
  }
})

router.post('/hooks/test-safe', async (req, res) => {
  const url = new URL(req.body.target)
  if (url.protocol !== 'https:' || !(await isPublicHost(url.hostname))) {
    return res.status(400).json({ error: 'target not allowed' })
  }
  const response = await got.post(url, { json: { ping: true }, timeout: { request: 5000 } }) // ok: ssrf
  res.json({ status: response.statusCode })
})

router.get('/hooks/icon', async (req, res) => {
  const icon = await got(req.query.src, { responseType: 'buffer' }) // expect: ssrf
  res.type(icon.headers['content-type'] || 'image/png').send(icon.body)
})

router.post('/hooks/:id/transform', async (req, res) => {
  const hook = await Hook.findByPk(req.params.id)
  if (!hook) return res.sendStatus(404)
  const transform = new Function('event', req.body.script) // expect: code-injection
  res.json({ preview: transform(req.body.sample) })
})

router.post('/hooks/:id/filter', async (req, res) => {
  const hook = await Hook.findByPk(req.params.id)
  if (!hook) return res.sendStatus(404)
  const matches = eval('(' + req.body.condition + ')') // expect: code-injection
  res.json({ matches: Boolean(matches) })
})

router.post('/hooks/:id/config', async (req, res) => {
  const config = JSON.parse(req.body.config) // ok: code-injection
  await Hook.update({ config }, { where: { id: req.params.id } })
  res.sendStatus(204)
})

router.get('/hooks/done', (req, res) => {
  const next = req.query.next
  if (ALLOWED_REDIRECTS.has(next)) return res.redirect(next) // ok: open-redirect
  res.redirect(req.query.fallback || '/hooks') // expect: open-redirect
})

module.exports = router
