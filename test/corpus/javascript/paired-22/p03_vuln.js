// corpus: path=src/routes/tools.js
const express = require('express')
const { exec } = require('child_process')

const router = express.Router()

router.post('/tools/lookup', (req, res) => {
  const domain = req.body.domain
  exec(`dig +short ${domain}`, { timeout: 5000 }, (err, stdout) => { // expect: command-injection
    if (err) return res.status(502).json({ error: 'lookup_failed' })
    res.json({ records: stdout.trim().split('\n') })
  })
})

module.exports = router
