// corpus: path=src/routes/tools.js
const express = require('express')
const { execFile } = require('child_process')

const router = express.Router()

router.post('/tools/lookup', (req, res) => {
  const domain = req.body.domain
  execFile('dig', ['+short', String(domain)], { timeout: 5000 }, (err, stdout) => { // ok: command-injection
    if (err) return res.status(502).json({ error: 'lookup_failed' })
    res.json({ records: stdout.trim().split('\n') })
  })
})

module.exports = router
