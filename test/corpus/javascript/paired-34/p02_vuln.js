// corpus: path=src/routes/healthcheck.js
const http = require('http')
const express = require('express')

const router = express.Router()

function probe(target) {
  return new Promise((resolve) => {
    const req = http.get({ host: target.host, port: target.port, path: '/healthz', timeout: 3000 }, (res) => { // expect: ssrf
      res.resume()
      resolve({ up: res.statusCode === 200, status: res.statusCode })
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve({ up: false, status: null }))
  })
}

router.post('/admin/services/probe', express.json(), async (req, res) => {
  const target = { host: req.body.host, port: Number(req.body.port) || 80 }
  res.json(await probe(target))
})

module.exports = router
