// corpus: path=src/routes/integrations.js
'use strict'

const http = require('http')
const https = require('https')
const net = require('net')
const express = require('express')
const httpProxy = require('http-proxy')
const superagent = require('superagent')
const { request } = require('undici')
const ipaddr = require('ipaddr.js')
const dns = require('dns').promises
const { requireUser } = require('../middleware/auth')
const Integration = require('../models/integration')

const router = express.Router()
const proxy = httpProxy.createProxyServer({ changeOrigin: true, proxyTimeout: 10000 })

const GRAFANA_UPSTREAM = process.env.GRAFANA_URL || 'http://grafana.internal:3000'
const ALLOWED_JIRA_SUFFIX = '.atlassian.net'

proxy.on('error', (err, req, res) => {
  res.writeHead(502, { 'Content-Type': 'text/plain' })
  res.end('upstream unavailable')
})

// "Test connection" button on the self-hosted Jenkins form: host, port and path are typed by
// the workspace admin into the form, which anyone can post to this route with any values.
router.post('/integrations/jenkins/test', requireUser, express.json(), (req, res) => {
  const { host, port, path: apiPath } = req.body
  const options = {
    hostname: host,
    port: Number(port) || 443,
    path: apiPath || '/api/json',
    method: 'GET',
    timeout: 5000,
  }
  const probe = https.request(options, (upstream) => { // expect: ssrf
    upstream.resume()
    res.json({ ok: upstream.statusCode < 400, status: upstream.statusCode })
  })
  probe.on('error', (err) => res.json({ ok: false, error: err.code }))
  probe.end()
})

// Jira Cloud sites are always <site>.atlassian.net; the site name is the only piece taken
// from the form and it is restricted to a DNS label.
router.post('/integrations/jira/test', requireUser, express.json(), async (req, res) => {
  const site = String(req.body.site || '')
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/i.test(site)) return res.status(400).json({ error: 'invalid site' })
  const url = `https://${site}${ALLOWED_JIRA_SUFFIX}/rest/api/3/serverInfo`
  const { statusCode } = await request(url, { method: 'GET', headersTimeout: 5000 }) // ok: ssrf
  res.json({ ok: statusCode < 400 })
})

// A TCP reachability check for the SMTP relay settings page.
router.post('/integrations/smtp/check', requireUser, express.json(), (req, res) => {
  const socket = net.connect({ host: req.body.smtpHost, port: Number(req.body.smtpPort) || 25 }) // expect: ssrf
  socket.setTimeout(4000)
  socket.once('connect', () => {
    socket.end()
    res.json({ reachable: true })
  })
  socket.once('timeout', () => {
    socket.destroy()
    res.json({ reachable: false })
  })
  socket.once('error', () => res.json({ reachable: false }))
})

async function isPublicHost(hostname) {
  const { address } = await dns.lookup(hostname)
  return ipaddr.parse(address).range() === 'unicast'
}

// Grafana dashboards are proxied to signed-in users. The upstream is fixed in configuration.
router.use('/grafana', requireUser, (req, res) => {
  proxy.web(req, res, { target: GRAFANA_UPSTREAM }) // ok: ssrf
})

// Status-page integrations: the upstream is whatever the caller names in the query string.
router.get('/status-proxy', requireUser, (req, res) => {
  const upstream = req.query.upstream
  req.url = '/' + String(req.query.path || '')
  proxy.web(req, res, { target: upstream }) // expect: ssrf
})

class ApiClient {
  constructor(baseUrl, token) {
    this.baseUrl = baseUrl
    this.token = token
  }

  get(path) {
    return superagent
      .get(new URL(path, this.baseUrl).toString())
      .set('Authorization', `Bearer ${this.token}`)
      .timeout({ response: 5000 })
  }
}

// A workspace's custom integration stores its base URL. The stored value was validated when
// it was saved (see Integration.validateBaseUrl), so later calls use it as is.
router.get('/integrations/:id/health', requireUser, async (req, res) => {
  const integration = await Integration.findOne({ _id: req.params.id, workspace: req.user.workspace })
  if (!integration) return res.sendStatus(404)
  const client = new ApiClient(integration.baseUrl, integration.token)
  const { body } = await client.get('/health')
  res.json({ healthy: body.status === 'ok' })
})

// Preview of the base URL before it is saved: the URL is the form's own field.
router.post('/integrations/preview', requireUser, express.json(), async (req, res) => {
  const { baseUrl } = req.body
  const { statusCode, body } = await request(new URL('/health', baseUrl)) // expect: ssrf
  res.json({ status: statusCode, body: await body.text() })
})

router.post('/integrations/preview-checked', requireUser, express.json(), async (req, res) => {
  let target
  try {
    target = new URL('/health', String(req.body.baseUrl))
  } catch {
    return res.status(400).json({ error: 'invalid url' })
  }
  if (target.protocol !== 'https:' || !(await isPublicHost(target.hostname))) {
    return res.status(400).json({ error: 'url not allowed' })
  }
  const { statusCode } = await request(target, { maxRedirections: 0 }) // ok: ssrf
  res.json({ status: statusCode })
})

// Avatars for commit authors come from the forge's avatar host, with the size from the client.
router.get('/avatar/:hash', (req, res) => {
  const size = Math.min(Number(req.query.s) || 80, 512)
  const options = { hostname: 'secure.gravatar.com', path: `/avatar/${encodeURIComponent(req.params.hash)}?s=${size}&d=identicon` }
  https.get(options, (upstream) => { // ok: ssrf
    res.set('Content-Type', upstream.headers['content-type'] || 'image/png')
    upstream.pipe(res)
  })
})

module.exports = router
