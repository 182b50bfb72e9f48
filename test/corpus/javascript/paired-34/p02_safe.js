// corpus: path=src/routes/healthcheck.js
const http = require('http')
const express = require('express')

const router = express.Router()

const SERVICES = new Map([
  ['billing', { host: 'billing.svc.cluster.local', port: 8080 }],
  ['search', { host: 'search.svc.cluster.local', port: 9200 }],
  ['mailer', { host: 'mailer.svc.cluster.local', port: 8025 }],
])

function probe(target) {
  return new Promise((resolve) => {
    const req = http.get({ host: target.host, port: target.port, path: '/healthz', timeout: 3000 }, (res) => { // ok: ssrf
      res.resume()
      resolve({ up: res.statusCode === 200, status: res.statusCode })
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve({ up: false, status: null }))
  })
}

router.post('/admin/services/probe', express.json(), async (req, res) => {
  const target = SERVICES.get(req.body.service)
  if (!target) return res.status(404).json({ error: 'unknown service' })
  res.json(await probe(target))
})

module.exports = router
