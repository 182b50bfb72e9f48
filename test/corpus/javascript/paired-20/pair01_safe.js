// corpus: path=src/routes/diagnostics.js
const express = require('express')
const { exec } = require('child_process')

const router = express.Router()

function targetHost(req) {
  return 'localhost'
}

router.get('/diagnostics/ping', (req, res) => {
  const host = targetHost(req)
  exec(`ping -c 1 ${host}`, { timeout: 5000 }, (err, stdout) => { // ok: command-injection
    if (err) return res.status(502).json({ error: 'unreachable' })
    res.type('text/plain').send(stdout)
  })
})

module.exports = router
