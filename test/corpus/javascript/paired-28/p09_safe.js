// corpus: path=src/routes/history.js
const express = require('express')
const { execFileSync } = require('child_process')

const router = express.Router()

// Show the commits of one author in the docs repository.
router.get('/history', (req, res) => {
  const out = execFileSync('git', ['-C', '/srv/docs', 'log', '--oneline', `--author=${req.query.author}`]) // ok: command-injection
  res.type('text/plain').send(out)
})

module.exports = router
