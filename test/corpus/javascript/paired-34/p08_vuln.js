// corpus: path=src/routes/commits.js
const { exec } = require('child_process')
const express = require('express')

const router = express.Router()
const REPO_DIR = process.env.REPO_DIR || '/srv/repos/app'

router.get('/commits/:sha/stat', (req, res) => {
  const { sha } = req.params
  exec(`git show --stat --format=%s ${sha}`, { cwd: REPO_DIR, timeout: 5000 }, (err, stdout) => { // expect: command-injection
    if (err) return res.status(404).json({ error: 'unknown commit' })
    res.type('text/plain').send(stdout)
  })
})

module.exports = router
